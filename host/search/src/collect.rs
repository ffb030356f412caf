//! Collectors: the newest log lines with the exact count, and every matching issue id.

use std::cmp::Reverse;
use std::collections::BinaryHeap;

use tantivy::collector::{Collector, SegmentCollector};
use tantivy::columnar::{Column, StrColumn};
use tantivy::{DocAddress, DocId, Score, SegmentOrdinal, SegmentReader};

use crate::fields::{EVENT_ID, ISSUE_ID, LINE, SERIAL, TIME};

/// The sort key of a line: `(time, serial, event id, line)`, results in descending order.
pub(crate) type LineKey = (i64, String, u64, u64);

/// The `limit` greatest lines by [`LineKey`] and the number of all matches. Within a segment
/// the serial is compared by its term ordinal (the dictionary is sorted), so strings are only
/// read for the lines kept.
pub(crate) struct NewestFirst {
    pub limit: usize,
}

pub(crate) struct NewestFirstFruit {
    pub total: usize,
    pub top: Vec<(LineKey, DocAddress)>,
}

/// In-segment key; serial ordinal + 1, 0 for a line without serial (sorts as "").
type SegKey = (i64, u64, u64, u64);

pub(crate) struct NewestFirstSegment {
    limit: usize,
    segment: SegmentOrdinal,
    count: usize,
    time: Column<i64>,
    serial: Option<StrColumn>,
    event: Column<u64>,
    line: Column<u64>,
    heap: BinaryHeap<Reverse<(SegKey, DocId)>>,
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
            heap: BinaryHeap::with_capacity(self.limit.min(1 << 12)),
        })
    }

    fn requires_scoring(&self) -> bool {
        false
    }

    fn merge_fruits(&self, fruits: Vec<NewestFirstFruit>) -> tantivy::Result<NewestFirstFruit> {
        let mut total = 0;
        let mut top = Vec::new();
        for f in fruits {
            total += f.total;
            top.extend(f.top);
        }
        top.sort_by(|a, b| b.0.cmp(&a.0));
        top.truncate(self.limit);
        Ok(NewestFirstFruit { total, top })
    }
}

impl SegmentCollector for NewestFirstSegment {
    type Fruit = NewestFirstFruit;

    fn collect(&mut self, doc: DocId, _: Score) {
        self.count += 1;
        if self.limit == 0 {
            return;
        }
        let time = self.time.first(doc).unwrap_or(i64::MIN);
        if self.heap.len() == self.limit
            && self.heap.peek().is_some_and(|Reverse((k, _))| time < k.0)
        {
            return;
        }
        let serial = self
            .serial
            .as_ref()
            .and_then(|c| c.ords().first(doc))
            .map_or(0, |o| o + 1);
        let key = (
            time,
            serial,
            self.event.first(doc).unwrap_or(0),
            self.line.first(doc).unwrap_or(0),
        );
        if self.heap.len() < self.limit {
            self.heap.push(Reverse((key, doc)));
        } else if self
            .heap
            .peek()
            .is_some_and(|Reverse(min)| (key, doc) > *min)
        {
            self.heap.pop();
            self.heap.push(Reverse((key, doc)));
        }
    }

    fn harvest(self) -> NewestFirstFruit {
        let mut s = String::new();
        let top = self
            .heap
            .into_iter()
            .map(|Reverse(((time, ord, event, line), doc))| {
                s.clear();
                if let (Some(c), Some(ord)) = (&self.serial, ord.checked_sub(1)) {
                    // A dictionary read error leaves the serial empty in the sort only.
                    let _ = c.ord_to_str(ord, &mut s);
                }
                (
                    (time, s.clone(), event, line),
                    DocAddress::new(self.segment, doc),
                )
            })
            .collect();
        NewestFirstFruit {
            total: self.count,
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
