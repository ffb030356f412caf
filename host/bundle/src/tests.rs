use super::*;

fn manifest() -> BundleManifest {
    BundleManifest {
        format: FORMAT,
        id: "acme-rom".into(),
        vendor: "acme".into(),
        version: "1.2.0".into(),
        kind: "symbolicator".into(),
        contract: "0.1.0".into(),
        description: Some("names ROM frames".into()),
        capabilities: vec!["file:map".into()],
        route: [("hardware_versions".to_string(), vec!["evt-2".to_string()])].into(),
        component_sha256: String::new(),
        signed_by: String::new(),
    }
}

const WASM: &[u8] = b"\0asm\x0d\x00\x01\x00 pretend component";

fn trust(keys: &[&Key]) -> Trust {
    Trust {
        keys: keys
            .iter()
            .map(|k| {
                (
                    k.id.clone(),
                    parse_public(&k.public_text()).expect("public"),
                )
            })
            .collect(),
        allow_unsigned: false,
    }
}

/// Replaces the first occurrence of `from` in the archive with `to` (same length).
fn patch(bytes: &[u8], from: &[u8], to: &[u8]) -> Vec<u8> {
    assert_eq!(from.len(), to.len());
    let at = bytes
        .windows(from.len())
        .position(|w| w == from)
        .expect("present");
    let mut out = bytes.to_vec();
    out[at..at + to.len()].copy_from_slice(to);
    out
}

#[test]
fn a_signed_bundle_verifies_and_round_trips() {
    let key = Key::generate("acme-2026").expect("key");
    let bytes = pack(manifest(), WASM, Some(&key)).expect("pack");
    let (b, signed) = verify(&bytes, &trust(&[&key])).expect("verify");
    assert!(signed);
    assert_eq!(b.component, WASM);
    assert_eq!(b.manifest.signed_by, "acme-2026");
    assert_eq!(b.manifest.component_sha256, hex::encode(sha256(WASM)));
    assert_eq!(b.manifest.route["hardware_versions"], ["evt-2"]);
    // Keys survive their text form.
    let again = Key::from_secret("acme-2026", &key.secret_text()).expect("secret");
    assert_eq!(again.public_text(), key.public_text());
}

#[test]
fn tampered_untrusted_and_unsigned_bundles_are_refused_with_their_reason() {
    let key = Key::generate("acme").expect("key");
    let other = Key::generate("mallory").expect("key");
    let bytes = pack(manifest(), WASM, Some(&key)).expect("pack");
    let t = trust(&[&key]);

    // A byte of the component changed (the manifest's hash no longer matches).
    let changed = patch(&bytes, b"pretend", b"Pretend");
    assert!(
        matches!(verify(&changed, &t), Err(BundleError::Tampered(m)) if m.contains("component_sha256"))
    );
    // The manifest changed (version bumped by someone else): the signature breaks.
    let changed = patch(&bytes, b"1.2.0", b"1.3.0");
    // ustar checksums cover headers only, so the archive still reads.
    assert!(
        matches!(verify(&changed, &t), Err(BundleError::Tampered(m)) if m.contains("does not match key `acme`"))
    );

    // Signed by a key the operator does not trust.
    let by_other = pack(manifest(), WASM, Some(&other)).expect("pack");
    assert_eq!(
        verify(&by_other, &t).err(),
        Some(BundleError::UntrustedKey("mallory".into()))
    );
    // A trusted id with another key's signature.
    let mut impostor = Key::generate("acme").expect("key");
    impostor.id = "acme".into();
    let forged = pack(manifest(), WASM, Some(&impostor)).expect("pack");
    assert!(matches!(verify(&forged, &t), Err(BundleError::Tampered(_))));

    // Unsigned: refused unless the operator allows it for development.
    let unsigned = pack(manifest(), WASM, None).expect("pack");
    assert_eq!(verify(&unsigned, &t).err(), Some(BundleError::Unsigned));
    let dev = Trust {
        allow_unsigned: true,
        ..t.clone()
    };
    assert!(!verify(&unsigned, &dev).expect("allowed").1);

    // Not a bundle at all, and a bundle with a stray entry.
    assert!(matches!(read(b"hello"), Err(BundleError::NotABundle(_))));
    let mut ar = tar::Builder::new(Vec::new());
    let mut h = tar::Header::new_ustar();
    h.set_size(1);
    h.set_cksum();
    ar.append_data(&mut h, "run.sh", &b"x"[..]).expect("append");
    let stray = ar.into_inner().expect("tar");
    assert!(matches!(read(&stray), Err(BundleError::NotABundle(m)) if m.contains("run.sh")));
}

#[test]
fn manifests_are_checked() {
    let mut m = manifest();
    m.version = "1.2".into();
    assert!(matches!(pack(m, WASM, None), Err(BundleError::Manifest(e)) if e.contains("MAJOR")));
    let mut m = manifest();
    m.kind = "miner".into();
    assert!(pack(m, WASM, None).is_err());
    let mut m = manifest();
    m.id = "../etc".into();
    assert!(pack(m, WASM, None).is_err());
    assert_eq!(version_key("1.10.0"), Some((1, 10, 0)));
    assert!(version_key("1.10.0") > version_key("1.9.9"));
    assert_eq!(version_key("1.0"), None);
}
