"""Moderation: the why-did-you guard, reports, the queue and the audit log."""
