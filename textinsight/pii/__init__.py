"""Personal data: Nordic identity-number validators, recognizers, and redaction."""
