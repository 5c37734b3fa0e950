//! One folder per kind of fact. Each has its rules and its corpus of examples.

pub mod contact;
pub mod date;
pub mod figure;
pub mod operation;
pub mod organisation;
pub mod person;
pub mod place;
