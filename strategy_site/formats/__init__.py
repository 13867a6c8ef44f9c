"""Locale formats of our own (FORMAT_MODULE_PATH): Django's "en" is American English."""
