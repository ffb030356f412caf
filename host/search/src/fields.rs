//! The searchable fields: what users may name ([`LogSchema`], [`IssueSchema`]), their values per
//! record (the [`Record`] impls the reference evaluator reads), and how each is indexed.

use faultline_query::{FieldType, Record, Schema, Value, version};
use tantivy::schema::{
    BytesOptions, Field, IndexRecordOption, NumericOptions, STORED, Schema as TantivySchema,
    TextFieldIndexing, TextOptions,
};
use tantivy::tokenizer::{Token, TokenStream, Tokenizer};
use tantivy::{Index, TantivyDocument};

use crate::{IssueDoc, LogLine};

/// The tokenizer of the free-text fields: exactly [`faultline_query::words`].
pub(crate) const WORDS: &str = "faultline_words";
/// The tokenizer of the phrase field: each two consecutive words as one term `"w1 w2"` (a
/// space is in no word), so a two-word phrase is one term and longer ones are narrowed first.
/// Pairs with a number are left out: they are mostly unique (`read 2345`), and would double the
/// field for phrases rarely searched, which the positions of the words still answer.
pub(crate) const PAIRS: &str = "faultline_pairs";
/// The tokenizer of `key:value` text fields: the whole value, lowercased, as one term.
pub(crate) const LOWER: &str = "faultline_lower";

/// Masks of the optional log fields: `has:` is the union of the masks with the field's bit,
/// which costs a line one term where a term per present field would cost five.
pub(crate) const LOG_PRESENCE_MASKS: u64 = 32;

/// Log fields users may search.
#[derive(Debug, Clone, Copy, Default)]
pub struct LogSchema;

/// Issue fields users may search.
#[derive(Debug, Clone, Copy, Default)]
pub struct IssueSchema;

/// `is:` of logs: the levels, and `crash` for lines captured with a crash.
pub const LOG_STATES: [&str; 5] = ["debug", "info", "warn", "error", "crash"];
/// `is:` of issues.
pub const ISSUE_STATES: [&str; 3] = ["unresolved", "resolved", "ignored"];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum LogKey {
    Serial,
    Level,
    Message,
    Version,
    Time,
    Source,
    Event,
}

pub(crate) fn log_key(key: &str) -> Option<LogKey> {
    Some(match key {
        "device" | "serial" => LogKey::Serial,
        "level" => LogKey::Level,
        "message" => LogKey::Message,
        "release" | "version" => LogKey::Version,
        "time" => LogKey::Time,
        "source" => LogKey::Source,
        "event" => LogKey::Event,
        _ => return None,
    })
}

impl LogKey {
    fn ty(self) -> FieldType {
        match self {
            LogKey::Serial | LogKey::Level | LogKey::Message | LogKey::Source => FieldType::Text,
            LogKey::Version => FieldType::Version,
            LogKey::Time => FieldType::Time,
            LogKey::Event => FieldType::Number,
        }
    }

    /// Its bit in a line's presence mask; `None` when every line has a value.
    pub(crate) fn presence_bit(self) -> Option<u64> {
        match self {
            LogKey::Serial => Some(1),
            LogKey::Level => Some(2),
            LogKey::Message => Some(4),
            LogKey::Version => Some(8),
            LogKey::Source => Some(16),
            LogKey::Time | LogKey::Event => None,
        }
    }
}

impl Schema for LogSchema {
    fn field(&self, key: &str) -> Option<FieldType> {
        log_key(key).map(LogKey::ty)
    }
    fn is_state(&self, state: &str) -> bool {
        LOG_STATES.contains(&state)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum IssueKey {
    Title,
    Reason,
    Culprit,
    Function,
    Device,
    State,
    Release,
    ResolvedIn,
    Occurrences,
    Devices,
    FirstSeen,
    LastSeen,
}

pub(crate) fn issue_key(key: &str) -> Option<IssueKey> {
    Some(match key {
        "title" => IssueKey::Title,
        "kind" | "reason" => IssueKey::Reason,
        "culprit" => IssueKey::Culprit,
        "function" => IssueKey::Function,
        "device" => IssueKey::Device,
        "state" => IssueKey::State,
        "release" | "version" => IssueKey::Release,
        "resolved_in" => IssueKey::ResolvedIn,
        "occurrences" | "count" => IssueKey::Occurrences,
        "devices" => IssueKey::Devices,
        "first_seen" => IssueKey::FirstSeen,
        "last_seen" => IssueKey::LastSeen,
        _ => return None,
    })
}

impl IssueKey {
    fn ty(self) -> FieldType {
        match self {
            IssueKey::Title
            | IssueKey::Reason
            | IssueKey::Culprit
            | IssueKey::Function
            | IssueKey::Device
            | IssueKey::State => FieldType::Text,
            IssueKey::Release | IssueKey::ResolvedIn => FieldType::Version,
            IssueKey::Occurrences | IssueKey::Devices => FieldType::Number,
            IssueKey::FirstSeen | IssueKey::LastSeen => FieldType::Time,
        }
    }

    pub(crate) fn presence(self) -> Option<&'static str> {
        match self {
            IssueKey::Title => Some("title"),
            IssueKey::Reason => Some("reason"),
            IssueKey::Culprit => Some("culprit"),
            IssueKey::Function => Some("function"),
            IssueKey::Device => Some("device"),
            IssueKey::State => Some("state"),
            IssueKey::Release => Some("release"),
            IssueKey::ResolvedIn => Some("resolved_in"),
            IssueKey::Occurrences
            | IssueKey::Devices
            | IssueKey::FirstSeen
            | IssueKey::LastSeen => None,
        }
    }
}

impl Schema for IssueSchema {
    fn field(&self, key: &str) -> Option<FieldType> {
        issue_key(key).map(IssueKey::ty)
    }
    fn is_state(&self, state: &str) -> bool {
        ISSUE_STATES.contains(&state)
    }
}

fn text(s: &str) -> Vec<Value> {
    if s.is_empty() {
        Vec::new()
    } else {
        vec![Value::Text(s.to_string())]
    }
}

fn texts<'a>(v: impl IntoIterator<Item = &'a String>, f: fn(String) -> Value) -> Vec<Value> {
    v.into_iter()
        .filter(|s| !s.is_empty())
        .map(|s| f(s.clone()))
        .collect()
}

impl Record for LogLine {
    fn values(&self, key: &str) -> Vec<Value> {
        let Some(k) = log_key(key) else {
            return Vec::new();
        };
        match k {
            LogKey::Serial => text(&self.serial),
            LogKey::Level => text(&self.level),
            LogKey::Message => text(&self.message),
            LogKey::Source => text(&self.source),
            LogKey::Version => texts([&self.version], Value::Version),
            LogKey::Time => vec![Value::Time(self.time_ms)],
            LogKey::Event => vec![Value::Number(self.event_id as f64)],
        }
    }
    fn text(&self) -> String {
        self.message.clone()
    }
    fn is(&self, state: &str) -> bool {
        if state == "crash" {
            self.source.to_lowercase() == "crash"
        } else {
            self.level.to_lowercase() == state
        }
    }
}

impl IssueDoc {
    /// The text free-text terms search: title, reason, culprit, functions.
    pub(crate) fn free_text(&self) -> String {
        let mut parts: Vec<&str> = vec![&self.title, &self.reason];
        parts.extend(self.culprit.as_deref());
        parts.extend(self.functions.iter().map(String::as_str));
        parts.join(" ")
    }
}

impl Record for IssueDoc {
    fn values(&self, key: &str) -> Vec<Value> {
        let Some(k) = issue_key(key) else {
            return Vec::new();
        };
        match k {
            IssueKey::Title => text(&self.title),
            IssueKey::Reason => text(&self.reason),
            IssueKey::Culprit => texts(&self.culprit, Value::Text),
            IssueKey::Function => texts(&self.functions, Value::Text),
            IssueKey::Device => texts(&self.serials, Value::Text),
            IssueKey::State => text(&self.state),
            IssueKey::Release => texts(&self.versions, Value::Version),
            IssueKey::ResolvedIn => texts(&self.resolved_in, Value::Version),
            IssueKey::Occurrences => vec![Value::Number(self.occurrences as f64)],
            IssueKey::Devices => vec![Value::Number(self.devices as f64)],
            IssueKey::FirstSeen => vec![Value::Time(self.first_seen_ms)],
            IssueKey::LastSeen => vec![Value::Time(self.last_seen_ms)],
        }
    }
    fn text(&self) -> String {
        self.free_text()
    }
    fn is(&self, state: &str) -> bool {
        self.state.to_lowercase() == state
    }
}

/// FNV-1a of a lowercased message: stable across builds (it is stored), and equal messages only
/// need it to be equal; a collision is caught by the verification.
pub(crate) fn message_hash(lower: &str) -> u64 {
    lower.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

/// A version as a sortable term: every part as 8 big-endian bytes, padded with zero parts to
/// the most a version may have, so `1.2` and `1.2.0` are one term and byte order is version
/// order.
pub(crate) fn version_key(parts: &[u64]) -> Vec<u8> {
    let mut out = Vec::with_capacity(faultline_query::MAX_VERSION_PARTS * 8);
    for i in 0..faultline_query::MAX_VERSION_PARTS {
        out.extend_from_slice(&parts.get(i).copied().unwrap_or(0).to_be_bytes());
    }
    out
}

fn keyword(stored: bool) -> TextOptions {
    let o = TextOptions::default().set_indexing_options(
        TextFieldIndexing::default()
            .set_tokenizer(LOWER)
            .set_index_option(IndexRecordOption::Basic)
            .set_fieldnorms(false),
    );
    if stored { o.set_stored() } else { o }
}

fn free_text() -> TextOptions {
    TextOptions::default().set_indexing_options(
        TextFieldIndexing::default()
            .set_tokenizer(WORDS)
            .set_index_option(IndexRecordOption::WithFreqsAndPositions)
            .set_fieldnorms(false),
    )
}

fn pairs() -> TextOptions {
    TextOptions::default().set_indexing_options(
        TextFieldIndexing::default()
            .set_tokenizer(PAIRS)
            .set_index_option(IndexRecordOption::Basic)
            .set_fieldnorms(false),
    )
}

fn presence() -> TextOptions {
    TextOptions::default().set_indexing_options(
        TextFieldIndexing::default()
            .set_tokenizer("raw")
            .set_index_option(IndexRecordOption::Basic)
            .set_fieldnorms(false),
    )
}

fn indexed() -> NumericOptions {
    NumericOptions::default().set_indexed()
}

/// The log index's fields.
#[derive(Clone)]
pub(crate) struct LogFields {
    pub schema: TantivySchema,
    pub project: Field,
    /// Stored as given, indexed lowercased, and a fast column (as given) for the sort order.
    pub serial: Field,
    pub level: Field,
    /// Stored only: `message:` conditions are answered from the words and verified against it
    /// (see `message.rs`); a term per whole message would double the index.
    pub message: Field,
    /// [`message_hash`] of the lowercased message, a fast column for exact `message:` values.
    pub message_hash: Field,
    pub text: Field,
    pub version: Field,
    pub version_key: Field,
    pub time: Field,
    pub source: Field,
    /// A fast column for the sort order, `event:` and the result.
    pub event_id: Field,
    pub line: Field,
    pub pairs: Field,
    /// The presence mask (see [`LogKey::presence_bit`]).
    pub present: Field,
    pub generation: Field,
}

pub(crate) const SERIAL: &str = "serial";
pub(crate) const MESSAGE_HASH: &str = "message_hash";
pub(crate) const TIME: &str = "time";
pub(crate) const EVENT_ID: &str = "event_id";
pub(crate) const LINE: &str = "line";
pub(crate) const ISSUE_ID: &str = "id";

impl LogFields {
    pub fn new() -> LogFields {
        let mut b = TantivySchema::builder();
        let project = b.add_u64_field("project", indexed());
        let serial = b.add_text_field(SERIAL, keyword(true).set_fast("raw"));
        let level = b.add_text_field("level", keyword(true));
        let message = b.add_text_field("message", STORED);
        let message_hash = b.add_u64_field(MESSAGE_HASH, NumericOptions::default().set_fast());
        let text = b.add_text_field("text", free_text());
        let version = b.add_text_field("version", STORED);
        let version_key = b.add_bytes_field("version_key", BytesOptions::default().set_indexed());
        let time = b.add_i64_field(TIME, NumericOptions::default().set_fast().set_stored());
        let source = b.add_text_field("source", keyword(true));
        let event_id = b.add_u64_field(EVENT_ID, NumericOptions::default().set_fast().set_stored());
        let line = b.add_u64_field(LINE, NumericOptions::default().set_fast().set_stored());
        let pairs = b.add_text_field("pairs", pairs());
        let present = b.add_u64_field("present", indexed());
        let generation = b.add_u64_field("generation", indexed());
        LogFields {
            schema: b.build(),
            project,
            serial,
            level,
            message,
            message_hash,
            text,
            version,
            version_key,
            time,
            source,
            event_id,
            line,
            pairs,
            present,
            generation,
        }
    }

    pub fn doc(&self, l: &LogLine, generation: u64) -> TantivyDocument {
        let mut d = TantivyDocument::new();
        d.add_u64(self.project, l.project);
        let mut present = 0;
        for (field, key, value) in [
            (self.serial, LogKey::Serial, &l.serial),
            (self.level, LogKey::Level, &l.level),
            (self.message, LogKey::Message, &l.message),
            (self.version, LogKey::Version, &l.version),
            (self.source, LogKey::Source, &l.source),
        ] {
            if !value.is_empty() {
                d.add_text(field, value);
                present |= key.presence_bit().unwrap_or_default();
            }
        }
        d.add_u64(self.present, present);
        if !l.message.is_empty() {
            d.add_text(self.text, &l.message);
            d.add_text(self.pairs, &l.message);
            d.add_u64(self.message_hash, message_hash(&l.message.to_lowercase()));
        }
        if let Some(parts) = version(&l.version) {
            d.add_bytes(self.version_key, &version_key(&parts));
        }
        d.add_i64(self.time, l.time_ms);
        d.add_u64(self.event_id, l.event_id);
        d.add_u64(self.line, u64::from(l.line));
        d.add_u64(self.generation, generation);
        d
    }

    /// The line of a stored document.
    pub fn line(&self, project: u64, d: &TantivyDocument) -> LogLine {
        use tantivy::schema::Value as _;
        let s = |f: Field| {
            d.get_first(f)
                .and_then(|v| v.as_str().map(str::to_string))
                .unwrap_or_default()
        };
        let n = |f: Field| d.get_first(f).and_then(|v| v.as_u64()).unwrap_or_default();
        LogLine {
            project,
            serial: s(self.serial),
            time_ms: d
                .get_first(self.time)
                .and_then(|v| v.as_i64())
                .unwrap_or_default(),
            level: s(self.level),
            message: s(self.message),
            version: s(self.version),
            event_id: n(self.event_id),
            line: u32::try_from(n(self.line)).unwrap_or(u32::MAX),
            source: s(self.source),
        }
    }
}

/// The issue index's fields.
#[derive(Clone)]
pub(crate) struct IssueFields {
    pub schema: TantivySchema,
    /// `(project, id)`, the identity upserts replace by.
    pub key: Field,
    pub project: Field,
    pub id: Field,
    pub title: Field,
    pub reason: Field,
    pub culprit: Field,
    pub function: Field,
    pub device: Field,
    pub state: Field,
    pub text: Field,
    pub pairs: Field,
    pub release: Field,
    pub resolved_in: Field,
    pub occurrences: Field,
    pub devices: Field,
    pub first_seen: Field,
    pub last_seen: Field,
    pub present: Field,
}

pub(crate) fn issue_term_key(project: u64, id: u64) -> [u8; 16] {
    let mut k = [0; 16];
    k[..8].copy_from_slice(&project.to_be_bytes());
    k[8..].copy_from_slice(&id.to_be_bytes());
    k
}

impl IssueFields {
    pub fn new() -> IssueFields {
        let mut b = TantivySchema::builder();
        let key = b.add_bytes_field("key", BytesOptions::default().set_indexed());
        let project = b.add_u64_field("project", indexed());
        let id = b.add_u64_field(ISSUE_ID, NumericOptions::default().set_fast());
        let title = b.add_text_field("title", keyword(false));
        let reason = b.add_text_field("reason", keyword(false));
        let culprit = b.add_text_field("culprit", keyword(false));
        let function = b.add_text_field("function", keyword(false));
        let device = b.add_text_field("device", keyword(false));
        let state = b.add_text_field("state", keyword(false));
        let text = b.add_text_field("text", free_text());
        let pairs = b.add_text_field("pairs", pairs());
        let bytes = || BytesOptions::default().set_indexed();
        let release = b.add_bytes_field("release", bytes());
        let resolved_in = b.add_bytes_field("resolved_in", bytes());
        let occurrences = b.add_u64_field("occurrences", indexed());
        let devices = b.add_u64_field("devices", indexed());
        let first_seen = b.add_i64_field("first_seen", indexed());
        let last_seen = b.add_i64_field("last_seen", indexed());
        let present = b.add_text_field("present", presence());
        IssueFields {
            schema: b.build(),
            key,
            project,
            id,
            title,
            reason,
            culprit,
            function,
            device,
            state,
            text,
            pairs,
            release,
            resolved_in,
            occurrences,
            devices,
            first_seen,
            last_seen,
            present,
        }
    }

    pub fn doc(&self, i: &IssueDoc) -> TantivyDocument {
        let mut d = TantivyDocument::new();
        d.add_bytes(self.key, &issue_term_key(i.project, i.id));
        d.add_u64(self.project, i.project);
        d.add_u64(self.id, i.id);
        let single = [
            (self.title, IssueKey::Title, Some(&i.title)),
            (self.reason, IssueKey::Reason, Some(&i.reason)),
            (self.culprit, IssueKey::Culprit, i.culprit.as_ref()),
            (self.state, IssueKey::State, Some(&i.state)),
        ];
        for (field, key, value) in single {
            if let Some(v) = value.filter(|v| !v.is_empty()) {
                d.add_text(field, v);
                d.add_text(self.present, key.presence().unwrap_or_default());
            }
        }
        for (field, key, values) in [
            (self.function, IssueKey::Function, &i.functions),
            (self.device, IssueKey::Device, &i.serials),
        ] {
            let mut any = false;
            for v in values.iter().filter(|v| !v.is_empty()) {
                d.add_text(field, v);
                any = true;
            }
            if any {
                d.add_text(self.present, key.presence().unwrap_or_default());
            }
        }
        let text = i.free_text();
        d.add_text(self.text, &text);
        d.add_text(self.pairs, &text);
        for (field, key, values) in [
            (self.release, IssueKey::Release, i.versions.as_slice()),
            (
                self.resolved_in,
                IssueKey::ResolvedIn,
                i.resolved_in.as_slice(),
            ),
        ] {
            let mut any = false;
            for v in values.iter().filter(|v| !v.is_empty()) {
                any = true;
                if let Some(parts) = version(v) {
                    d.add_bytes(field, &version_key(&parts));
                }
            }
            if any {
                d.add_text(self.present, key.presence().unwrap_or_default());
            }
        }
        d.add_u64(self.occurrences, i.occurrences);
        d.add_u64(self.devices, i.devices);
        d.add_i64(self.first_seen, i.first_seen_ms);
        d.add_i64(self.last_seen, i.last_seen_ms);
        d
    }
}

/// Makes the tokenizers known to an index (they are not stored in it).
pub(crate) fn register_tokenizers(index: &Index) {
    index
        .tokenizers()
        .register(WORDS, WordsTokenizer::default());
    index
        .tokenizers()
        .register(PAIRS, PairsTokenizer::default());
    index
        .tokenizers()
        .register(LOWER, LowerTokenizer::default());
}

fn not_word(c: char) -> bool {
    !c.is_alphanumeric()
}

fn non_empty(w: &&str) -> bool {
    !w.is_empty()
}

type Words<'a> = std::iter::Filter<std::str::Split<'a, fn(char) -> bool>, fn(&&str) -> bool>;

/// The words of [`faultline_query::words`] without allocating a vector; the tests hold the two
/// equal.
fn split_words(text: &str) -> Words<'_> {
    text.split(not_word as fn(char) -> bool)
        .filter(non_empty as fn(&&str) -> bool)
}

/// `str::to_lowercase` of a word into `out`, without allocating for ASCII (most log text).
fn lower_into(w: &str, out: &mut String) {
    if w.is_ascii() {
        out.push_str(w);
        let start = out.len() - w.len();
        out[start..].make_ascii_lowercase();
    } else {
        out.push_str(&w.to_lowercase());
    }
}

/// Free text: each word at the next position. Offsets are not kept (nothing is highlighted).
#[derive(Clone, Default)]
struct WordsTokenizer {
    token: Token,
}

struct WordsStream<'a> {
    words: Words<'a>,
    token: &'a mut Token,
}

impl Tokenizer for WordsTokenizer {
    type TokenStream<'a> = WordsStream<'a>;
    fn token_stream<'a>(&'a mut self, text: &'a str) -> WordsStream<'a> {
        self.token.reset();
        WordsStream {
            words: split_words(text),
            token: &mut self.token,
        }
    }
}

impl TokenStream for WordsStream<'_> {
    fn advance(&mut self) -> bool {
        let Some(w) = self.words.next() else {
            return false;
        };
        self.token.text.clear();
        lower_into(w, &mut self.token.text);
        self.token.position = self.token.position.wrapping_add(1);
        true
    }
    fn token(&self) -> &Token {
        self.token
    }
    fn token_mut(&mut self) -> &mut Token {
        self.token
    }
}

/// Consecutive word pairs, `"w1 w2"`.
#[derive(Clone, Default)]
struct PairsTokenizer {
    token: Token,
}

struct PairsStream<'a> {
    words: Words<'a>,
    previous: String,
    token: &'a mut Token,
}

impl Tokenizer for PairsTokenizer {
    type TokenStream<'a> = PairsStream<'a>;
    fn token_stream<'a>(&'a mut self, text: &'a str) -> PairsStream<'a> {
        self.token.reset();
        let mut words = split_words(text);
        let mut previous = String::new();
        if let Some(w) = words.next() {
            lower_into(w, &mut previous);
        }
        PairsStream {
            words,
            previous,
            token: &mut self.token,
        }
    }
}

impl TokenStream for PairsStream<'_> {
    fn advance(&mut self) -> bool {
        loop {
            let Some(w) = self.words.next() else {
                return false;
            };
            let t = &mut self.token.text;
            t.clear();
            t.push_str(&self.previous);
            t.push(' ');
            let start = t.len();
            lower_into(w, t);
            let keep = pairable(&self.previous) && pairable(&t[start..]);
            self.previous.clear();
            self.previous.push_str(&t[start..]);
            // Positions are not indexed for pairs: only the terms matter.
            self.token.position = self.token.position.wrapping_add(1);
            if keep {
                return true;
            }
        }
    }
    fn token(&self) -> &Token {
        self.token
    }
    fn token_mut(&mut self) -> &mut Token {
        self.token
    }
}

/// The pair term of two words.
pub(crate) fn pair(a: &str, b: &str) -> String {
    format!("{a} {b}")
}

/// Whether a word goes into pairs (see [`PAIRS`]).
pub(crate) fn pairable(w: &str) -> bool {
    !w.chars().any(char::is_numeric)
}

/// `key:value` text: the whole value lowercased as the evaluator's glob lowercases it
/// (`str::to_lowercase`, not per character), one term; none for an empty value.
#[derive(Clone, Default)]
struct LowerTokenizer {
    token: Token,
}

struct LowerStream<'a> {
    pending: bool,
    token: &'a mut Token,
}

impl Tokenizer for LowerTokenizer {
    type TokenStream<'a> = LowerStream<'a>;
    fn token_stream<'a>(&'a mut self, text: &'a str) -> LowerStream<'a> {
        self.token.reset();
        if text.is_ascii() {
            self.token.text.push_str(text);
            self.token.text.make_ascii_lowercase();
        } else {
            self.token.text = text.to_lowercase();
        }
        self.token.offset_to = text.len();
        LowerStream {
            pending: !text.is_empty(),
            token: &mut self.token,
        }
    }
}

impl TokenStream for LowerStream<'_> {
    fn advance(&mut self) -> bool {
        if !self.pending {
            return false;
        }
        self.pending = false;
        self.token.position = 0;
        true
    }
    fn token(&self) -> &Token {
        self.token
    }
    fn token_mut(&mut self) -> &mut Token {
        self.token
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use faultline_query::words;

    fn tokens<T: Tokenizer>(mut t: T, text: &str) -> Vec<(usize, String)> {
        let mut out = Vec::new();
        let mut s = t.token_stream(text);
        while s.advance() {
            out.push((s.token().position, s.token().text.clone()));
        }
        out
    }

    const TEXTS: [&str; 8] = [
        "Flash write TIMEOUT at 0x1F, retry=2",
        "",
        "  ,, ",
        "ΟΔΟΣ ΟΔΟΣ. Straße İstanbul",
        "日本語のログ 42",
        "one",
        "a_b-c.d/e",
        "ΣΑΣ Σ",
    ];

    #[test]
    fn words_and_pairs_are_those_of_the_query_language() {
        for text in TEXTS {
            let want = words(text);
            let got: Vec<(usize, String)> = tokens(WordsTokenizer::default(), text);
            let expect: Vec<(usize, String)> = want.iter().cloned().enumerate().collect();
            assert_eq!(got, expect, "{text}");
            let pairs: Vec<(usize, String)> = want
                .windows(2)
                .enumerate()
                .filter(|(_, w)| pairable(&w[0]) && pairable(&w[1]))
                .map(|(i, w)| (i, pair(&w[0], &w[1])))
                .collect();
            assert_eq!(tokens(PairsTokenizer::default(), text), pairs, "{text}");
        }
    }

    #[test]
    fn lower_is_the_whole_value_lowercased() {
        for text in TEXTS {
            let got = tokens(LowerTokenizer::default(), text);
            let want: Vec<(usize, String)> = if text.is_empty() {
                Vec::new()
            } else {
                vec![(0, text.to_lowercase())]
            };
            assert_eq!(got, want, "{text}");
        }
    }
}
