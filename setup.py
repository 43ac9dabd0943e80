"""Packaging detail pyproject.toml cannot express: ship the top-level ``resources/`` folder inside
the wheel as ``clusterdesk/resources`` (found by ``clusterdesk.core.resources``)."""

from setuptools import find_packages, setup

setup(
    packages=[*find_packages(include=["clusterdesk", "clusterdesk.*"]), "clusterdesk.resources"],
    package_dir={"clusterdesk.resources": "resources"},
    package_data={
        "clusterdesk.resources": ["**/*"],
        "clusterdesk": ["store/migrations/*.mako"],
    },
)
