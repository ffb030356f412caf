//! Faultline stages after the raw log: reassemble, decode, store; replay
