// Wagtail's date pickers replace what they cannot read by the current moment when the
// field loses focus, so a mistyped "Publiceer op" published at once. Leave the input as
// typed: the form refuses what it cannot read, with the format to use.
// (Screens without a date field may load no picker at all.)
if (window.jQuery && jQuery.fn.datetimepicker) {
  jQuery.fn.datetimepicker.defaults.validateOnBlur = false;
}
