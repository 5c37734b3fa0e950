//! Examples for places.
