// Wagtail's date pickers replace what they cannot read by the current moment when the
// field loses focus, so a mistyped "Publiceer op" published at once. Leave the input as
// typed: the form refuses what it cannot read, with the format to use.
jQuery.fn.datetimepicker.defaults.validateOnBlur = false;
