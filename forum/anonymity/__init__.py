"""Anonymity: pseudonyms and the identifying-details check."""
