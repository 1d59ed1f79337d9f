"""The geometry shared by the dossier's inline SVG charts."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Frame:
    """The chart's geometry: the whole drawing and the plot area inside its margins."""

    width: int = 720
    height: int = 190
    left: int = 34
    right: int = 10
    top: int = 12
    bottom: int = 30

    @property
    def plot_w(self) -> int:
        return self.width - self.left - self.right

    @property
    def plot_h(self) -> int:
        return self.height - self.top - self.bottom
