"""Shared pytest configuration."""


def pytest_configure(config):
    config.addinivalue_line(
        "markers", "browser: runs a page in headless Chromium (skipped when no Chromium binary exists)")
