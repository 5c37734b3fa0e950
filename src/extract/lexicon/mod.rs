//! Word tables as data, shared by more than one kind of fact.
