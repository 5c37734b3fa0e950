//! The app's one reducer: `crate::present::State` and `Action`, made a Yew `Reducible`.
//!
//! The transitions themselves live in `crate::present::state`, where they are tested
//! natively; this file only connects them to `use_reducer`.

use std::rc::Rc;

use yew::prelude::*;

pub use crate::present::{Action, State};

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        self.apply(action)
    }
}

/// The handle components use to read the state and dispatch actions.
pub type StateHandle = UseReducerHandle<State>;
