"""The addresses of the calendars, under /agenda/ whatever the agenda page is called.
The page cache is declared where these are included (sociaalwerk/urls.py)."""

from django.urls import path

from agenda import views

urlpatterns = [
    path("agenda.ics", views.agenda_calendar, name="agenda"),
    path("thema/<str:slug>.ics", views.theme_calendar, name="theme"),
    path("activiteit/<str:slug>.ics", views.event_calendar, name="event"),
]
