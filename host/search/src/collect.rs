//! Collectors: the newest log lines with the exact count, and every matching issue id.

use tantivy::collector::{Collector, SegmentCollector};
use tantivy::columnar::{Column, StrColumn};
use tantivy::{DocAddress, DocId, Score, SegmentOrdinal, SegmentReader};

use crate::fields::{EVENT_ID, ISSUE_ID, LINE, SERIAL, TIME};

/// The `limit` greatest lines by `(time, serial, event id, line)` and the number of all matches.
///
/// A segment keeps the times of its matches above a threshold and, whenever that buffer reaches
/// a few times `limit`, cuts it to the `limit` newest (and their ties), raising the threshold:
/// lines are mostly added in time order, the worst case for a heap, and this stays linear. Serial,
/// event and line are read only for the lines kept at the end; within a segment the serial is
/// compared by its term ordinal (the dictionary is sorted), across segments by its text, read
/// only for lines that tie on time (a dictionary read costs microseconds).
pub(crate) struct NewestFirst {
    pub limit: usize,
}

pub(crate) struct NewestFirstFruit {
    pub total: usize,
    /// Newest first.
    pub top: Vec<DocAddress>,
}

pub(crate) struct SegmentTop {
    total: usize,
    segment: SegmentOrdinal,
    serial: Option<StrColumn>,
    /// `(time, serial ordinal + 1 or 0 without serial, event, line)`, newest first.
    top: Vec<((i64, u64, u64, u64), DocId)>,
}

pub(crate) struct NewestFirstSegment {
    limit: usize,
    segment: SegmentOrdinal,
    count: usize,
    time: Column<i64>,
    serial: Option<StrColumn>,
    event: Column<u64>,
    line: Column<u64>,
    /// `(time, doc)` of the candidates; every match older than `threshold` is out.
    kept: Vec<(i64, DocId)>,
    threshold: i64,
    times: Vec<Option<i64>>,
}

impl Collector for NewestFirst {
    type Fruit = NewestFirstFruit;
    type Child = NewestFirstSegment;

    fn for_segment(
        &self,
        segment: SegmentOrdinal,
        reader: &SegmentReader,
    ) -> tantivy::Result<NewestFirstSegment> {
        let ff = reader.fast_fields();
        Ok(NewestFirstSegment {
            limit: self.limit,
            segment,
            count: 0,
            time: ff.i64(TIME)?,
            serial: ff.str(SERIAL)?,
            event: ff.u64(EVENT_ID)?,
            line: ff.u64(LINE)?,
            kept: Vec::new(),
            threshold: i64::MIN,
            times: Vec::new(),
        })
    }

    fn requires_scoring(&self) -> bool {
        false
    }

    fn merge_fruits(&self, fruits: Vec<SegmentTop>) -> tantivy::Result<NewestFirstFruit> {
        let total = fruits.iter().map(|f| f.total).sum();
        // (time, fruit, ordinal, event, line, doc)
        let mut all: Vec<(i64, usize, u64, u64, u64, DocId)> = fruits
            .iter()
            .enumerate()
            .flat_map(|(i, f)| {
                f.top
                    .iter()
                    .map(move |&((t, o, e, l), d)| (t, i, o, e, l, d))
            })
            .collect();
        all.sort_unstable_by_key(|x| std::cmp::Reverse(x.0));
        if all.len() > self.limit && self.limit > 0 {
            let last = all[self.limit - 1].0;
            all.retain(|x| x.0 >= last);
        }
        let mut keyed: Vec<((i64, String, u64, u64), DocAddress)> = Vec::with_capacity(all.len());
        for (k, &(t, i, o, e, l, d)) in all.iter().enumerate() {
            let tied = (k > 0 && all[k - 1].0 == t) || all.get(k + 1).is_some_and(|x| x.0 == t);
            let mut serial = String::new();
            if tied && let (Some(c), Some(o)) = (&fruits[i].serial, o.checked_sub(1)) {
                // A dictionary read error leaves the serial empty in the sort only.
                let _ = c.ord_to_str(o, &mut serial);
            }
            keyed.push(((t, serial, e, l), DocAddress::new(fruits[i].segment, d)));
        }
        keyed.sort_by(|a, b| b.0.cmp(&a.0));
        keyed.truncate(self.limit);
        Ok(NewestFirstFruit {
            total,
            top: keyed.into_iter().map(|(_, a)| a).collect(),
        })
    }
}

impl NewestFirstSegment {
    fn keep(&mut self, time: i64, doc: DocId) {
        if time < self.threshold {
            return;
        }
        self.kept.push((time, doc));
        if self.kept.len() >= self.limit.saturating_mul(4).max(64) {
            self.cut();
        }
    }

    /// Keeps the `limit` newest candidates and those tied with the last of them.
    fn cut(&mut self) {
        if self.kept.len() <= self.limit {
            return;
        }
        let (_, nth, _) = self
            .kept
            .select_nth_unstable_by(self.limit - 1, |a, b| b.0.cmp(&a.0));
        let threshold = nth.0;
        self.kept.retain(|(t, _)| *t >= threshold);
        self.threshold = threshold;
    }
}

impl SegmentCollector for NewestFirstSegment {
    type Fruit = SegmentTop;

    fn collect(&mut self, doc: DocId, _: Score) {
        self.count += 1;
        if self.limit > 0 {
            self.keep(self.time.first(doc).unwrap_or(i64::MIN), doc);
        }
    }

    fn collect_block(&mut self, docs: &[DocId]) {
        self.count += docs.len();
        if self.limit == 0 {
            return;
        }
        let mut times = std::mem::take(&mut self.times);
        times.clear();
        times.resize(docs.len(), None);
        self.time.first_vals(docs, &mut times);
        for (doc, time) in docs.iter().zip(&times) {
            self.keep(time.unwrap_or(i64::MIN), *doc);
        }
        self.times = times;
    }

    fn harvest(mut self) -> SegmentTop {
        self.cut();
        let mut top: Vec<((i64, u64, u64, u64), DocId)> = self
            .kept
            .iter()
            .map(|&(time, doc)| {
                let serial = self
                    .serial
                    .as_ref()
                    .and_then(|c| c.ords().first(doc))
                    .map_or(0, |o| o + 1);
                let event = self.event.first(doc).unwrap_or(0);
                let line = self.line.first(doc).unwrap_or(0);
                ((time, serial, event, line), doc)
            })
            .collect();
        top.sort_unstable_by(|a, b| b.cmp(a));
        top.truncate(self.limit);
        SegmentTop {
            total: self.count,
            segment: self.segment,
            serial: self.serial,
            top,
        }
    }
}

/// Every matching issue id.
pub(crate) struct Ids;

pub(crate) struct IdsSegment {
    id: Column<u64>,
    ids: Vec<u64>,
}

impl Collector for Ids {
    type Fruit = Vec<u64>;
    type Child = IdsSegment;

    fn for_segment(
        &self,
        _: SegmentOrdinal,
        reader: &SegmentReader,
    ) -> tantivy::Result<IdsSegment> {
        Ok(IdsSegment {
            id: reader.fast_fields().u64(ISSUE_ID)?,
            ids: Vec::new(),
        })
    }

    fn requires_scoring(&self) -> bool {
        false
    }

    fn merge_fruits(&self, fruits: Vec<Vec<u64>>) -> tantivy::Result<Vec<u64>> {
        let mut ids: Vec<u64> = fruits.into_iter().flatten().collect();
        ids.sort_unstable();
        ids.dedup();
        Ok(ids)
    }
}

impl SegmentCollector for IdsSegment {
    type Fruit = Vec<u64>;

    fn collect(&mut self, doc: DocId, _: Score) {
        if let Some(id) = self.id.first(doc) {
            self.ids.push(id);
        }
    }

    fn harvest(self) -> Vec<u64> {
        self.ids
    }
}
