from django.apps import AppConfig


class DemoConfig(AppConfig):
    """The demo-content command; the one place that may import every app."""

    name = "sociaalwerk.demo"
    label = "demo"
