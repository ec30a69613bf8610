import dataclasses
import tomllib
from pathlib import Path

import pytest

from knowledge.errors import ConfigError
from knowledge.settings import Settings, load_settings
from tests.conftest import write_config


def test_defaults_resolve_paths_against_the_config_folder(tmp_path: Path) -> None:
    settings = load_settings(write_config(tmp_path), environ={})
    assert settings.store.mode == "embedded"
    assert settings.store.path == tmp_path / "var/chroma"
    assert settings.knowledge.documents == tmp_path / "knowledge/documents"


def test_shipped_config_lists_every_setting_with_its_default() -> None:
    shipped = tomllib.loads((Path(__file__).resolve().parents[1] / "config.toml").read_text(encoding="utf-8"))
    for section in dataclasses.fields(Settings):
        defaults = section.default_factory()
        for key in dataclasses.fields(defaults):
            value = getattr(defaults, key.name)
            expected = str(value) if isinstance(value, Path) else list(value) if isinstance(value, tuple) else value
            assert shipped[section.name][key.name] == expected, f"{section.name}.{key.name}"
    load_settings(Path(__file__).resolve().parents[1] / "config.toml", environ={})  # every key is known


def test_environment_overrides_the_file(tmp_path: Path) -> None:
    config = write_config(tmp_path, store={"mode": "embedded", "port": 8000})
    settings = load_settings(config, environ={"TDKT_STORE_MODE": "server", "TDKT_STORE_PORT": "9123"})
    assert (settings.store.mode, settings.store.port) == ("server", 9123)


@pytest.mark.parametrize(
    ("tables", "named"),
    [
        ({"store": {"mdoe": "server"}}, "mdoe"),
        ({"store": {"mode": "cloud"}}, "store.mode"),
        ({"retrieval": {"candidates": "many"}}, "retrieval.candidates"),
        ({"telegram_token": {"value": "x"}}, "telegram_token"),
    ],
    ids=["unknown-key", "bad-choice", "bad-number", "unknown-section"],
)
def test_bad_settings_stop_startup_naming_the_key(tmp_path: Path, tables: dict, named: str) -> None:
    with pytest.raises(ConfigError, match=named):
        load_settings(write_config(tmp_path, **tables), environ={})


def test_explicit_missing_config_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="not found"):
        load_settings(tmp_path / "nope.toml", environ={})


def test_invalid_toml_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text("[store\nmode=", encoding="utf-8")
    with pytest.raises(ConfigError, match="not valid TOML"):
        load_settings(path, environ={})
