//! Recognises place facts.

pub(crate) mod gazetteer;
pub(crate) mod names;

use crate::extract::pipeline::Context;

pub fn find(_cx: &mut Context) {}
