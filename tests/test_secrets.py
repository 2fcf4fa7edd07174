"""Credentials for a store never appear in output, errors or the process list.

Decision: a URL with a password in it (`http://user:pw@host/...`) is refused on the
command line (exit 2; the process list would show it to every user of the machine), and
the message shows the URL without its user info. From Python the URL's user info is used
as credentials and scrubbed from every message.
"""
from __future__ import annotations

import base64
import os
import site
import subprocess
import sys
import time
from pathlib import Path

import pytest

from _http_stub import Stub
from helpers import COMMAND, run

from spacegraph.cli import main
from spacegraph.push import PushError, push
from spacegraph.store import Store

USER, PASSWORD = "alice", "s3cr3t-Pa55-42"
B64 = base64.b64encode(f"{USER}:{PASSWORD}".encode()).decode()


@pytest.fixture
def clean_env(monkeypatch, tmp_path):
    """No credentials from the environment, and a HOME of our own (no ~/.netrc).

    PYTHONUSERBASE stays where HOME was: packages installed with `pip install --user`
    live under it, and a subprocess must still import them.
    """
    monkeypatch.setenv("PYTHONUSERBASE", site.getuserbase())
    monkeypatch.delenv("SPACEGRAPH_USER", raising=False)
    monkeypatch.delenv("SPACEGRAPH_PASSWORD", raising=False)
    monkeypatch.delenv("NETRC", raising=False)
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    return home


def no_secret(*texts: str) -> None:
    for text in texts:
        assert PASSWORD not in text and B64 not in text, text


def test_password_from_the_environment(clean_env, monkeypatch, trig_file):
    monkeypatch.setenv("SPACEGRAPH_USER", USER)
    monkeypatch.setenv("SPACEGRAPH_PASSWORD", PASSWORD)
    with Stub(auth=(USER, PASSWORD)) as stub:
        r = run("push", trig_file, "--endpoint", f"{stub.url}/store")
    assert r.exit_code == 0, r.stderr
    no_secret(r.stdout, r.stderr)
    assert any(x.headers.get("Authorization") == f"Basic {B64}" for x in stub.requests)
    assert "pushed 2 graph(s)" in r.stderr


def test_password_from_netrc(clean_env, trig_file):
    netrc = clean_env / ".netrc"
    netrc.write_text(f"machine 127.0.0.1\n  login {USER}\n  password {PASSWORD}\n")
    netrc.chmod(0o600)
    with Stub(auth=(USER, PASSWORD)) as stub:
        r = run("push", trig_file, "--update-endpoint", f"{stub.url}/update")
    assert r.exit_code == 0, r.stderr
    no_secret(r.stdout, r.stderr)
    assert stub.passed == 2


def test_refused_login_says_so_without_the_password(clean_env, monkeypatch, trig_file):
    monkeypatch.setenv("SPACEGRAPH_USER", USER)
    monkeypatch.setenv("SPACEGRAPH_PASSWORD", PASSWORD)
    with Stub(auth=(USER, "another password")) as stub:
        r = run("push", trig_file, "--endpoint", f"{stub.url}/store", "--retries", "3")
    assert r.exit_code == 1
    assert r.stderr.count("\n") == 1 and "Traceback" not in r.stderr
    assert "authentication failed (401 Unauthorized): the server refused the credentials from " \
           "SPACEGRAPH_USER and SPACEGRAPH_PASSWORD" in r.stderr
    no_secret(r.stdout, r.stderr)
    assert stub.passed == 0 and len(stub.requests) == 2  # asked, answered once: not retried


def test_no_credentials_at_all(clean_env, trig_file):
    with Stub(auth=(USER, PASSWORD)) as stub:
        r = run("push", trig_file, "--endpoint", f"{stub.url}/store")
    assert r.exit_code == 1 and r.stderr.count("\n") == 1
    assert "authentication failed" in r.stderr and "no credentials were given" in r.stderr
    assert len(stub.requests) == 1


def test_a_server_echoing_the_password_is_scrubbed(clean_env, monkeypatch, trig_file):
    monkeypatch.setenv("SPACEGRAPH_USER", USER)
    monkeypatch.setenv("SPACEGRAPH_PASSWORD", PASSWORD)
    with Stub(statuses=[400], auth=(USER, PASSWORD),
              body=f"bad request from {USER}:{PASSWORD} (Basic {B64})".encode()) as stub:
        r = run("push", trig_file, "--endpoint", f"{stub.url}/store")
    assert r.exit_code == 1 and "answered 400" in r.stderr and "***" in r.stderr
    no_secret(r.stdout, r.stderr)


@pytest.mark.parametrize("command", ["push", "query"])
def test_a_password_in_the_url_is_refused_and_never_echoed(clean_env, trig_file, command):
    with Stub() as stub:
        url = stub.url.replace("http://", f"http://{USER}:{PASSWORD}@") + "/store"
        if command == "push":
            r = run("push", trig_file, "--endpoint", url)
        else:
            r = run("query", "--endpoint", url, "ASK {}")
    assert r.exit_code == 2 and r.stderr.count("\n") == 1
    assert "the URL holds a password" in r.stderr and f"{stub.url}/store" in r.stderr
    no_secret(r.stdout, r.stderr)
    assert USER not in r.stderr  # the user info is left out of the URL shown
    assert stub.requests == []


def test_python_api_uses_url_user_info_but_never_shows_it(clean_env, trig_file):
    with Stub(statuses=[500], auth=(USER, PASSWORD), body=PASSWORD.encode()) as stub:
        url = stub.url.replace("http://", f"http://{USER}:{PASSWORD}@") + "/store"
        with pytest.raises(PushError) as info:
            push(Store.open(trig_file), url, retries=0)
    no_secret(str(info.value))
    assert "answered 500" in str(info.value) and stub.passed == 1


def test_other_url_schemes_are_refused(clean_env, trig_file):
    r = run("push", trig_file, "--endpoint", "file:///etc/passwd")
    assert r.exit_code == 2 and "not an http:// or https:// URL" in r.stderr


def test_no_option_takes_a_password():
    for name, command in main.commands.items():
        opts = [o for p in command.params for o in (*p.opts, *p.secondary_opts)]
        assert not [o for o in opts if any(w in o.lower() for w in ("pass", "secret", "token", "cred"))], name
    r = run("push", "--help")
    assert r.exit_code == 0
    assert "--password" not in r.output and "--pass" not in r.output and "SPACEGRAPH_PASSWORD" in r.output


def test_the_process_list_never_shows_the_password(clean_env, trig_file):
    """`spacegraph push` in a subprocess, seen from outside while it waits for the server."""
    env = {**os.environ, "SPACEGRAPH_USER": USER, "SPACEGRAPH_PASSWORD": PASSWORD}
    with Stub(auth=(USER, PASSWORD), delay=0.3) as stub:
        proc = subprocess.Popen([*COMMAND, "push", str(trig_file), "--endpoint", f"{stub.url}/store"],
                                env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        cmdlines = []
        while proc.poll() is None:
            try:
                cmdline = Path(f"/proc/{proc.pid}/cmdline").read_bytes().decode(errors="replace")
            except OSError:
                break
            if cmdline:  # empty once the process has exited (a zombie has none)
                cmdlines.append(cmdline)
            time.sleep(0.05)
        out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    assert cmdlines and all("push" in c for c in cmdlines[1:])
    no_secret(out, err, *cmdlines)
