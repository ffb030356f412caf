//! All Faultline persistence: sled trees, key codecs, schema version, blob directory
