//! The web UI in a real headless Chromium (chromedriver), against a server fed by the simulator
//! and by the QEMU firmware's crash: sign in, search, open the issue, read the backtrace,
//! resolve it, open a device and the fleet, search logs, use the keyboard. Screenshots go to
//! `target/tmp/ui-screenshots/`.

use std::path::PathBuf;

use faultline_server::simulate::SimulateArgs;
use serde_json::{Value, json};

use crate::common::*;
use crate::example::{firmware, run, upload_elf};
use crate::webdriver::Browser;

fn shot(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
        .join("ui-screenshots")
        .join(format!("{name}.png"))
}

/// Function names of the API's backtrace, outermost frame last.
fn api_functions(bt: &Value) -> Vec<String> {
    bt["frames"]
        .as_array()
        .expect("frames")
        .iter()
        .flat_map(|f| f["symbols"].as_array().cloned().unwrap_or_default())
        .filter_map(|s| s["function"].as_str().map(str::to_string))
        .collect()
}

/// Wait for the issue page's state badge to say `state`.
async fn state_shown(b: &Browser, state: &str) {
    b.wait_for(
        state,
        &format!("return (document.querySelector('[data-test=issue-state]')||{{}}).textContent.trim().toLowerCase() === '{state}'"),
    )
    .await;
}

async fn search(b: &Browser, query: &str) {
    let input = b.find("[data-test=search]").await;
    b.clear(&input).await;
    b.keys(&input, &format!("{query}\u{E007}")).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_web_ui_searches_reads_and_resolves_a_firmware_crash() {
    let elf = firmware("1.0.0", "");
    let s = start().await;
    upload_elf(&s, &elf).await;
    let report = faultline_server::simulate::run(SimulateArgs {
        devices: 12,
        duration: 3,
        interval_ms: 150,
        token: Some(ADMIN_TOKEN.into()),
        ..SimulateArgs::new(&s.base, &s.key)
    })
    .await
    .expect("simulate");
    assert!(report.refused.is_empty(), "{report}");
    run(&s, &elf, "bad_store", "qemu-1").await;
    // The crash worker names it; the API is the reference the UI must show.
    let mut issue = Value::Null;
    for _ in 0..200 {
        let list = s.get("/api/v1/projects/default/issues").await;
        if let Some(i) = list["issues"]
            .as_array()
            .and_then(|a| a.iter().find(|i| i["culprit"] == "crash_bad_store"))
        {
            issue = i.clone();
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    let id = issue["id"]
        .as_u64()
        .unwrap_or_else(|| panic!("no issue for the crash"));
    let detail = s
        .get(&format!("/api/v1/projects/default/issues/{id}"))
        .await;
    let want = api_functions(&detail["latest"]["backtrace"]);
    assert!(
        want.contains(&"crash_bad_store".to_string()) && want.contains(&"main".to_string()),
        "{want:?}"
    );

    let crashes = s.events("qemu-1", "&kind=coredump").await;
    assert_eq!(
        crashes[0]["issue"].as_u64(),
        Some(id),
        "a listed crash names its issue"
    );
    let b = Browser::start().await;
    b.goto(&format!("{}/", s.base)).await;
    // Sign in with the token.
    let token = b.find("[data-test=signin-token]").await;
    b.keys(&token, ADMIN_TOKEN).await;
    b.click(&b.find("[data-test=signin-submit]").await).await;
    b.find("[data-test=search]").await;
    b.ready().await;

    // Search issues: a function in the backtrace and the state, with real boolean logic.
    b.goto(&format!("{}/#/p/default/issues", s.base)).await;
    b.ready().await;
    search(
        &b,
        "function:crash_bad_store AND (is:unresolved OR is:ignored)",
    )
    .await;
    b.wait_for(
        "one matching issue row",
        "return document.body.dataset.ready === '1' && document.querySelectorAll('[data-test=issue-row]').length === 1",
    )
    .await;
    let row = b.find("[data-test=issue-row]").await;
    assert_eq!(b.attr(&row, "data-id").await, Some(id.to_string()));
    assert!(b.text(&row).await.contains("crash_bad_store"));
    assert!(b.screenshot(&shot("01-issues")).await > 10_000);
    // A query that matches nothing shows no rows; a broken one says where.
    search(&b, "function:crash_bad_store !kind:bus_fault").await;
    b.wait_for(
        "no rows",
        "return document.body.dataset.ready === '1' && document.querySelectorAll('[data-test=issue-row]').length === 0",
    )
    .await;
    search(&b, "kind:(bus_fault").await;
    let r = s
        .client
        .get(format!(
            "{}/api/v1/projects/default/issues?q=kind:(bus_fault",
            s.base
        ))
        .send()
        .await
        .expect("send");
    assert_eq!(r.status(), 400);
    let refused: Value = r.json().await.expect("json");
    assert_eq!(refused["error"], "bad_query");
    let message = refused["message"].as_str().expect("message").to_string();
    b.wait_for(
        "the query error",
        "return !!(document.querySelector('[data-test=error]')||{textContent:''}).textContent.trim()",
    )
    .await;
    let shown = b.texts("[data-test=error]").await.join(" ");
    assert!(
        shown.contains(&message),
        "the page says `{shown}`, the API `{message}`"
    );

    // Open the issue from the list and read the backtrace.
    search(&b, "function:crash_bad_store").await;
    b.wait_for(
        "the issue row",
        "return document.querySelectorAll('[data-test=issue-row]').length === 1",
    )
    .await;
    let link = b.find("[data-test=issue-row] a").await;
    b.click(&link).await;
    b.find("[data-test=issue-title]").await;
    b.ready().await;
    assert!(
        b.text(&b.find("[data-test=issue-title]").await)
            .await
            .contains("crash_bad_store")
    );
    let shown = b.texts("[data-test=frame-function]").await;
    for f in ["crash_bad_store", "main"] {
        assert!(
            shown.iter().any(|s| s.contains(f)),
            "`{f}` not in the backtrace shown: {shown:?}"
        );
    }
    // Every function the API names is on the page, in the same order.
    let shown_names: Vec<String> = shown
        .iter()
        .map(|s| s.split_whitespace().next().unwrap_or_default().to_string())
        .collect();
    assert_eq!(shown_names, want, "the page shows the API's backtrace");
    assert!(b.screenshot(&shot("02-issue")).await > 10_000);

    // Resolve from the keyboard shortcut's button, then check the server.
    b.click(&b.find("[data-test=action-resolve]").await).await;
    state_shown(&b, "resolved").await;
    let after = s
        .get(&format!("/api/v1/projects/default/issues/{id}"))
        .await;
    assert_eq!(after["state"], "resolved");
    let last = &after["history"]
        .as_array()
        .expect("history")
        .last()
        .cloned()
        .expect("a change");
    assert_eq!(
        last["user"], "admin (config token)",
        "who resolved it: {last}"
    );
    // And reopen with `u` from the keyboard.
    b.run(
        "document.activeElement && document.activeElement.blur()",
        json!([]),
    )
    .await;
    b.press("u").await;
    state_shown(&b, "unresolved").await;
    assert_eq!(
        s.get(&format!("/api/v1/projects/default/issues/{id}"))
            .await["state"],
        "unresolved"
    );
    b.click(&b.find("[data-test=action-resolve]").await).await;
    state_shown(&b, "resolved").await;

    // A simulated device: timeline and metric charts drawn from its heartbeats.
    b.goto(&format!("{}/#/p/default/devices/sim-00001", s.base))
        .await;
    b.ready().await;
    b.find("[data-test=timeline]").await;
    b.wait_for(
        "a metric chart with a line",
        "return [...document.querySelectorAll('[data-test=metric-chart]')].some(c => c.querySelector('path,polyline,circle,rect'))",
    )
    .await;
    assert!(b.screenshot(&shot("03-device")).await > 10_000);

    // The fleet: a metric by release and crash-free hours.
    b.goto(&format!("{}/#/p/default/fleet", s.base)).await;
    b.ready().await;
    b.wait_for(
        "the fleet chart",
        "return !!document.querySelector('[data-test=fleet-chart] path, [data-test=fleet-chart] rect, [data-test=fleet-chart] polyline')",
    )
    .await;
    b.find("[data-test=crash-free]").await;
    let fleet_text = b.run("return document.body.innerText", json!([])).await;
    assert!(
        fleet_text.as_str().unwrap_or_default().contains("1.5.0"),
        "{fleet_text}"
    );
    assert!(b.screenshot(&shot("04-fleet")).await > 10_000);

    // Logs: the simulator's lines of one device, found by device and words.
    b.goto(&format!("{}/#/p/default/logs", s.base)).await;
    b.ready().await;
    search(&b, "device:sim-00002 \"sensor sample\"").await;
    b.wait_for(
        "log rows",
        "return document.body.dataset.ready === '1' && document.querySelectorAll('[data-test=log-row]').length > 0",
    )
    .await;
    let rows = b.texts("[data-test=log-row]").await;
    let api = s
        .get("/api/v1/projects/default/logs?q=device:sim-00002%20%22sensor%20sample%22&limit=1000")
        .await;
    // The page shows every matching line up to its page of 200, no more and no fewer.
    let total = api["total"].as_u64().expect("total");
    assert!(total > 0, "{api}");
    assert_eq!(
        rows.len() as u64,
        total.min(200),
        "rows shown vs the API's total"
    );
    assert!(
        rows.iter()
            .all(|r| r.contains("sim-00002") && r.contains("sensor sample")),
        "{rows:?}"
    );
    assert!(b.screenshot(&shot("05-logs")).await > 10_000);

    // Admin: a read token made in the UI opens the project; revoked in the UI, it no longer does.
    b.goto(&format!("{}/#/admin", s.base)).await;
    b.ready().await;
    b.keys(&b.find("#tok-name").await, "ui-made").await;
    b.click(&b.find("[data-test=token-create]").await).await;
    b.find("[data-test=token-secret]").await;
    let secret = b
        .run(
            "return document.querySelector('[data-test=token-secret]').value",
            json!([]),
        )
        .await;
    let secret = secret.as_str().expect("secret").to_string();
    let issues = format!("{}/api/v1/projects/default/issues", s.base);
    let as_token = client_with(&secret);
    assert_eq!(
        as_token.get(&issues).send().await.expect("send").status(),
        200
    );
    let r = as_token
        .post(format!("{issues}/{id}/state"))
        .json(&json!({ "state": "ignored" }))
        .send()
        .await
        .expect("send");
    assert_eq!(r.status(), 403, "a read token changes nothing");
    b.run(
        "[...document.querySelectorAll('[data-test=token-row]')].find(r => r.textContent.includes('ui-made')).querySelector('[data-test=token-revoke]').click()",
        json!([]),
    )
    .await;
    b.click(&b.find("dialog[open] button.primary").await).await;
    b.wait_for(
        "the revoked token gone from the list",
        "return document.body.dataset.ready === '1' && ![...document.querySelectorAll('[data-test=token-row]')].some(r => r.textContent.includes('ui-made'))",
    )
    .await;
    assert_eq!(
        as_token.get(&issues).send().await.expect("send").status(),
        401
    );
    assert!(b.screenshot(&shot("07-admin")).await > 10_000);

    // The keyboard: `/` focuses the search box, `g p` goes to the plugins.
    b.goto(&format!("{}/#/p/default/logs", s.base)).await;
    b.ready().await;
    b.run(
        "document.activeElement && document.activeElement.blur()",
        json!([]),
    )
    .await;
    b.press("/").await;
    b.wait_for(
        "the search box focused",
        "return document.activeElement && document.activeElement.dataset.test === 'search'",
    )
    .await;
    b.run("document.activeElement.blur()", json!([])).await;
    b.press("gp").await;
    b.find("[data-test=plugin-row]").await;
    b.ready().await;
    let plugins = b.texts("[data-test=plugin-row]").await;
    assert!(plugins.iter().any(|p| p.contains("decoder")), "{plugins:?}");
    assert!(b.screenshot(&shot("06-plugins")).await > 10_000);
    b.close().await;
    s.server.stop().await.expect("stop");
}
