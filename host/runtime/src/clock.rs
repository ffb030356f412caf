//! A call's time budget, counted in CPU time of the calling thread.
//!
//! A wall-clock deadline fails good plugins whenever the host is busy: the pipeline thread runs
//! at a lower priority than ingest, and on a loaded machine a 1 ms decode can wait 50 ms for a
//! core. That turned correct input into `plugin_timeout` outcomes, which a replay then decoded
//! differently. CPU time only advances while the guest runs, so the same input gets the same
//! verdict however busy the machine is; an infinite loop still burns through the budget. A
//! wall-clock ceiling stays for a guest that blocks without using CPU.

use std::time::{Duration, Instant};

/// The wall-clock ceiling is this many budgets, and at least [`MIN_WALL_CEILING`].
const WALL_FACTOR: u32 = 20;
const MIN_WALL_CEILING: Duration = Duration::from_secs(1);

/// The budget of the call in progress.
#[derive(Debug, Clone, Copy)]
pub(crate) struct CallClock {
    budget: Duration,
    cpu_start: Option<Duration>,
    wall_start: Instant,
    /// Time the host spent serving the guest (e.g. symbol look-ups): not the guest's to pay.
    excluded: Duration,
}

impl CallClock {
    pub(crate) fn start(budget: Duration) -> Self {
        CallClock {
            budget,
            cpu_start: thread_cpu_time(),
            wall_start: Instant::now(),
            excluded: Duration::ZERO,
        }
    }

    pub(crate) fn exclude(&mut self, host_time: Duration) {
        self.excluded += host_time;
    }

    /// Budget left, or `None` once it is spent (or the wall-clock ceiling is passed).
    pub(crate) fn remaining(&self) -> Option<Duration> {
        let wall = self.wall_start.elapsed();
        let ceiling = (self.budget * WALL_FACTOR).max(MIN_WALL_CEILING);
        if wall >= ceiling {
            return None;
        }
        let used = match (self.cpu_start, thread_cpu_time()) {
            (Some(start), Some(now)) => now.saturating_sub(start),
            // No per-thread clock on this platform: fall back to wall time.
            _ => wall,
        }
        .saturating_sub(self.excluded);
        self.budget.checked_sub(used).filter(|left| !left.is_zero())
    }
}

impl Default for CallClock {
    fn default() -> Self {
        CallClock::start(Duration::ZERO)
    }
}

/// CPU time consumed by the calling thread.
#[cfg(target_os = "linux")]
#[allow(unsafe_code)]
fn thread_cpu_time() -> Option<Duration> {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `ts` is a valid, writable timespec for the duration of the call.
    let rc = unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut ts) };
    if rc != 0 {
        return None;
    }
    Some(Duration::new(
        u64::try_from(ts.tv_sec).ok()?,
        u32::try_from(ts.tv_nsec).ok()?,
    ))
}

#[cfg(not(target_os = "linux"))]
fn thread_cpu_time() -> Option<Duration> {
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn waiting_does_not_spend_the_budget_but_working_does() {
        let clock = CallClock::start(Duration::from_millis(30));
        std::thread::sleep(Duration::from_millis(60));
        assert!(clock.remaining().is_some(), "sleeping used the CPU budget");
        let spin = Instant::now();
        let mut x = 0u64;
        while spin.elapsed() < Duration::from_millis(200) {
            x = std::hint::black_box(x.wrapping_add(1));
        }
        assert!(
            clock.remaining().is_none(),
            "200 ms of spinning fit in 30 ms"
        );
    }

    #[test]
    fn the_wall_ceiling_ends_a_call_that_only_waits() {
        let clock = CallClock::start(Duration::from_millis(1));
        std::thread::sleep(MIN_WALL_CEILING + Duration::from_millis(20));
        assert!(clock.remaining().is_none());
    }
}
