//! Access control: every read endpoint refuses a device key, a wrong token and another
//! project's token; tokens and users see only their projects; sessions sign in and out.

use crate::common::*;
use serde_json::{Value, json};

/// Every GET route under a project, with the parameters it needs to answer 200 to a reader.
/// `every_project_route_is_checked` keeps this list complete against the route table.
const READS: &[&str] = &[
    "/api/v1/projects/{project}/devices",
    "/api/v1/projects/{project}/devices/dev-1",
    "/api/v1/projects/{project}/devices/dev-1/events",
    "/api/v1/projects/{project}/devices/dev-1/outcomes",
    "/api/v1/projects/{project}/devices/dev-1/attributes",
    "/api/v1/projects/{project}/devices/dev-1/events/1/backtrace",
    "/api/v1/projects/{project}/symbols",
    "/api/v1/projects/{project}/metric-schemas",
    "/api/v1/projects/{project}/metric-schemas/beac0001",
    "/api/v1/projects/{project}/issues",
    "/api/v1/projects/{project}/issues/1",
    "/api/v1/projects/{project}/logs?q=boot",
    "/api/v1/projects/{project}/fleet/aggregate?metric=m&from=0",
    "/api/v1/projects/{project}/fleet/compare?metric=m&from=0&a=1&b=2",
    "/api/v1/projects/{project}/fleet/health?from=0",
    "/api/v1/projects/{project}/fleet/adoption?from=0",
    "/api/v1/projects/{project}/fleet/devices",
];

/// Routes that change a project, with a body a writer could send.
const WRITES: &[(&str, &str, &str)] = &[
    (
        "POST",
        "/api/v1/projects/{project}/issues/1/state",
        r#"{"state":"ignored"}"#,
    ),
    (
        "POST",
        "/api/v1/projects/{project}/issues/1/merge",
        r#"{"into":2}"#,
    ),
    (
        "PUT",
        "/api/v1/projects/{project}/devices/dev-1/attributes",
        r#"{"cohort":"x"}"#,
    ),
    (
        "PUT",
        "/api/v1/projects/{project}/metric-schemas/beac0001",
        "{}",
    ),
    (
        "DELETE",
        "/api/v1/projects/{project}/metric-schemas/beac0001",
        "",
    ),
    ("POST", "/api/v1/projects/{project}/symbols", "not an elf"),
    ("DELETE", "/api/v1/projects/{project}/symbols/beac0001", ""),
    ("POST", "/api/v1/projects/{project}/rotate-key", ""),
];

/// Server-wide routes only an administrator may use.
const ADMIN: &[(&str, &str)] = &[
    ("GET", "/api/v1/tokens"),
    ("GET", "/api/v1/users"),
    ("POST", "/api/v1/projects"),
    ("POST", "/api/v1/reindex"),
];

async fn status(c: &reqwest::Client, method: &str, url: &str, body: &str) -> u16 {
    let m = reqwest::Method::from_bytes(method.as_bytes()).expect("method");
    let mut r = c.request(m, url);
    if !body.is_empty() {
        r = r
            .header("content-type", "application/json")
            .body(body.to_string());
    }
    r.send().await.expect("send").status().as_u16()
}

async fn get_json(c: &reqwest::Client, url: &str) -> Value {
    c.get(url)
        .send()
        .await
        .expect("send")
        .json()
        .await
        .expect("json")
}

async fn make_token(s: &TestServer, project: Option<&str>, role: &str) -> String {
    let r = s
        .client
        .post(format!("{}/api/v1/tokens", s.base))
        .json(&json!({ "name": "t", "project": project, "role": role }))
        .send()
        .await
        .expect("send");
    assert_eq!(r.status(), 201);
    let v: Value = r.json().await.expect("json");
    v["token"].as_str().expect("token").to_string()
}

#[test]
fn every_project_route_is_checked() {
    let routes =
        std::fs::read_to_string(repo_root().join("host/server/src/lib.rs")).expect("lib.rs");
    let mut missing = Vec::new();
    for part in routes.split("\"/api/v1/projects/{project}").skip(1) {
        let path = format!(
            "/api/v1/projects/{{project}}{}",
            &part[..part.find('"').expect("end")]
        );
        let pattern = path
            .replace("{serial}", "dev-1")
            .replace("{id}", "1")
            .replace("{build_id}", "beac0001");
        let known = READS
            .iter()
            .map(|r| r.split('?').next().expect("path"))
            .chain(WRITES.iter().map(|w| w.1))
            .any(|r| r == pattern);
        if !known {
            missing.push(path);
        }
    }
    assert!(
        missing.is_empty(),
        "routes the access test does not check: {missing:?}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn device_keys_and_other_projects_tokens_read_nothing() {
    let s = start().await;
    assert_eq!(
        s.post("dev-1", Device::new(64, 1).upload(&[log("boot ok")]))
            .await
            .status(),
        202
    );
    s.drained().await;
    let r = s
        .client
        .post(format!("{}/api/v1/projects", s.base))
        .json(&json!({ "name": "other" }))
        .send()
        .await
        .expect("send");
    assert_eq!(r.status(), 201);
    let other_key = r.json::<Value>().await.expect("json")["device_key"]
        .as_str()
        .expect("key")
        .to_string();
    let reader = client_with(&make_token(&s, Some("default"), "read").await);
    let writer = client_with(&make_token(&s, Some("default"), "write").await);
    let other = client_with(&make_token(&s, Some("other"), "write").await);
    let clients = [
        ("no token", reqwest::Client::new(), 401),
        ("a wrong token", client_with("flt_0000"), 401),
        ("this project's device key", client_with(&s.key), 403),
        ("another project's device key", client_with(&other_key), 403),
        ("another project's token", other.clone(), 403),
    ];
    for path in READS {
        let url = format!("{}{}", s.base, path.replace("{project}", "default"));
        for (who, c, want) in &clients {
            assert_eq!(status(c, "GET", &url, "").await, *want, "{who}: GET {path}");
        }
        let got = status(&reader, "GET", &url, "").await;
        assert!(
            got != 401 && got != 403,
            "a reader of the project: GET {path} answered {got}"
        );
        // The other project's token reads its own project.
        let own = format!("{}{}", s.base, path.replace("{project}", "other"));
        let got = status(&other, "GET", &own, "").await;
        assert!(
            got != 401 && got != 403,
            "own project: GET {path} answered {got}"
        );
    }
    // A project that does not exist looks the same as one the token may not open.
    let url = format!("{}/api/v1/projects/nope/issues", s.base);
    assert_eq!(status(&other, "GET", &url, "").await, 403);
    for (method, path, body) in WRITES {
        let url = format!("{}{}", s.base, path.replace("{project}", "default"));
        for (who, c, want) in &clients {
            assert_eq!(
                status(c, method, &url, body).await,
                *want,
                "{who}: {method} {path}"
            );
        }
        let admin_only = path.ends_with("rotate-key");
        assert_eq!(
            status(&reader, method, &url, body).await,
            403,
            "reader: {method} {path}"
        );
        let got = status(&writer, method, &url, body).await;
        if admin_only {
            assert_eq!(got, 403, "writer: {method} {path}");
        } else {
            assert!(
                got != 401 && got != 403,
                "writer: {method} {path} answered {got}"
            );
        }
    }
    for (method, path) in ADMIN {
        let url = format!("{}{path}", s.base);
        for (who, c, want) in clients
            .iter()
            .chain([("a project writer", writer.clone(), 403)].iter())
        {
            assert_eq!(
                status(c, method, &url, "{}").await,
                *want,
                "{who}: {method} {path}"
            );
        }
    }
    // Plugin status is server-wide: any principal, no device key.
    let url = format!("{}/api/v1/plugins", s.base);
    assert_eq!(status(&reader, "GET", &url, "").await, 200);
    assert_eq!(status(&client_with(&s.key), "GET", &url, "").await, 403);
    // The project list shows a token only its projects, and a key only to writers.
    let list = get_json(&other, &format!("{}/api/v1/projects", s.base)).await;
    let names: Vec<&str> = list["projects"]
        .as_array()
        .expect("list")
        .iter()
        .map(|p| p["name"].as_str().expect("name"))
        .collect();
    assert_eq!(names, ["other"]);
    let list = get_json(&reader, &format!("{}/api/v1/projects", s.base)).await;
    assert_eq!(list["projects"][0]["name"], "default");
    assert!(list["projects"][0].get("device_key").is_none(), "{list}");
    s.server.stop().await.expect("stop");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn users_sign_in_to_sessions_and_out() {
    let s = start().await;
    let session = |body: Value| {
        let (c, url) = (reqwest::Client::new(), format!("{}/api/v1/session", s.base));
        async move { c.post(url).json(&body).send().await.expect("send") }
    };
    let r = s
        .client
        .post(format!("{}/api/v1/users", s.base))
        .json(&json!({ "name": "ana", "password": "correct horse", "projects": ["default"], "role": "write" }))
        .send()
        .await
        .expect("send");
    assert_eq!(r.status(), 201);
    assert_eq!(
        session(json!({ "user": "ana", "password": "wrong password" }))
            .await
            .status(),
        401
    );
    assert_eq!(
        session(json!({ "user": "bob", "password": "correct horse" }))
            .await
            .status(),
        401
    );
    let r = session(json!({ "user": "ana", "password": "correct horse" })).await;
    assert_eq!(r.status(), 200);
    let v: Value = r.json().await.expect("json");
    assert_eq!(v["user"], "ana");
    assert_eq!(v["admin"], false);
    assert_eq!(v["projects"], json!(["default"]));
    let token = v["token"].as_str().expect("session").to_string();
    let c = client_with(&token);
    let me = get_json(&c, &format!("{}/api/v1/session", s.base)).await;
    assert_eq!(me["user"], "ana");
    let issues = format!("{}/api/v1/projects/default/issues", s.base);
    assert_eq!(status(&c, "GET", &issues, "").await, 200);
    assert_eq!(
        status(&c, "GET", &format!("{}/api/v1/tokens", s.base), "").await,
        403
    );
    // An API token signs in too; the administrator's session sees every project.
    let v: Value = session(json!({ "token": ADMIN_TOKEN }))
        .await
        .json()
        .await
        .expect("json");
    assert_eq!(v["admin"], true);
    assert_eq!(
        session(json!({ "token": s.key })).await.status(),
        401,
        "a device key is no sign-in"
    );
    // Signing out ends the session.
    assert_eq!(
        status(&c, "DELETE", &format!("{}/api/v1/session", s.base), "").await,
        204
    );
    assert_eq!(status(&c, "GET", &issues, "").await, 401);
    // Revoking a token closes it.
    let t = make_token(&s, Some("default"), "read").await;
    let list: Value = s.get("/api/v1/tokens").await;
    let id = list["tokens"]
        .as_array()
        .expect("tokens")
        .iter()
        .find(|x| t.starts_with(x["prefix"].as_str().expect("prefix")))
        .expect("listed")["id"]
        .as_str()
        .expect("id")
        .to_string();
    assert!(!list.to_string().contains(&t), "the secret is never listed");
    assert_eq!(status(&client_with(&t), "GET", &issues, "").await, 200);
    assert_eq!(
        status(
            &s.client,
            "DELETE",
            &format!("{}/api/v1/tokens/{id}", s.base),
            ""
        )
        .await,
        204
    );
    assert_eq!(status(&client_with(&t), "GET", &issues, "").await, 401);
    s.server.stop().await.expect("stop");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_fresh_data_directory_gets_an_administrator_token_file() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut config = test_config(dir.path());
    config.api_token = None;
    let s = start_with(dir, config).await;
    let path = s.dir.path().join("data/admin-token");
    let token = std::fs::read_to_string(&path).expect("admin-token written");
    use std::os::unix::fs::PermissionsExt as _;
    assert_eq!(
        std::fs::metadata(&path).expect("meta").permissions().mode() & 0o777,
        0o600
    );
    let url = format!("{}/api/v1/projects", s.base);
    assert_eq!(status(&reqwest::Client::new(), "GET", &url, "").await, 401);
    assert_eq!(
        status(&client_with(token.trim()), "GET", &url, "").await,
        200
    );
    s.server.stop().await.expect("stop");
}
