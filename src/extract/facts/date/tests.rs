//! Tests for the date rules.
