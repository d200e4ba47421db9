"""Real-browser tests of the Dagster UI (headless Chromium driven by Playwright)."""
