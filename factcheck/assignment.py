"""The one-to-one pairing of two lists of figures that maximises their total context similarity."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence

from factcheck.context import MIN_CONTEXT, Context, similarity
from factcheck.model import Figure, Kind


def assign(
    rows: Sequence[Figure],
    cr: Context,
    cols: Sequence[Figure],
    cc: Context,
    admissible: Callable[[Figure, Figure], bool],
    minimum: float = MIN_CONTEXT,
    kinds: Callable[[Kind, Kind], bool] | None = None,
) -> list[tuple[int, int]]:
    """The one-to-one pairing of rows and columns that maximises total context similarity.

    Only admissible pairs with enough shared context count. Competing figures form components; where one
    figure faces several candidates the best one is the answer, and only where several figures compete for
    several candidates does an assignment solver run (loaded only then).
    """
    scores: dict[tuple[int, int], float] = {}
    for i, j in _candidate_pairs(rows, cols, kinds):
        r, c = rows[i], cols[j]
        if admissible(r, c):
            score = similarity(r, cr, c, cc)
            if score >= minimum:
                scores[(i, j)] = score
    if not scores:
        return []
    chosen: list[tuple[int, int]] = []
    for component in components(scores):
        rows_in = {i for i, _ in component}
        cols_in = {j for _, j in component}
        if len(rows_in) == 1 or len(cols_in) == 1:
            # one figure against several candidates: the best candidate is the optimal assignment
            chosen.append(max(component, key=lambda ij: (scores[ij], -ij[0], -ij[1])))
            continue
        best = {
            i: max((ij for ij in component if ij[0] == i), key=lambda ij: (scores[ij], -ij[1]))
            for i in rows_in
        }
        if len({j for _, j in best.values()}) == len(best):
            chosen.extend(best.values())  # every figure's best counterpart is its own: that is the optimum
        else:
            chosen.extend(optimal(component, scores))
    return sorted(chosen)


def _candidate_pairs(
    rows: Sequence[Figure], cols: Sequence[Figure], kinds: Callable[[Kind, Kind], bool] | None
) -> list[tuple[int, int]]:
    """Every (row, column) pair, or with `kinds` only those of kinds it admits: alignment tries some twenty
    tests on the figures left, most of them between two kinds only, and a call per pair is what costs."""
    if kinds is None:
        return [(i, j) for i in range(len(rows)) for j in range(len(cols))]
    rows_by: dict[Kind, list[int]] = defaultdict(list)
    cols_by: dict[Kind, list[int]] = defaultdict(list)
    for i, r in enumerate(rows):
        rows_by[r.kind].append(i)
    for j, c in enumerate(cols):
        cols_by[c.kind].append(j)
    return sorted(
        (i, j)
        for kr, row_ids in rows_by.items()
        for kc, col_ids in cols_by.items()
        if kinds(kr, kc)
        for i in row_ids
        for j in col_ids
    )


def components(scores: dict[tuple[int, int], float]) -> list[list[tuple[int, int]]]:
    """The admissible pairs grouped by connected component (rows and columns that compete)."""
    parent: dict[tuple[str, int], tuple[str, int]] = {}

    def find(x: tuple[str, int]) -> tuple[str, int]:
        while parent.setdefault(x, x) != x:
            x = parent[x]
        return x

    for i, j in scores:
        parent[find(("r", i))] = find(("c", j))
    groups: dict[tuple[str, int], list[tuple[int, int]]] = defaultdict(list)
    for i, j in sorted(scores):
        groups[find(("r", i))].append((i, j))
    return list(groups.values())


def optimal(pairs: list[tuple[int, int]], scores: dict[tuple[int, int], float]) -> list[tuple[int, int]]:
    """Maximum-similarity one-to-one assignment of a component where several figures compete.

    lap's LAPJV solver: ~80 ms to load with numpy, where scipy.optimize costs ~370 ms of a pre-publish check.
    """
    import lap
    import numpy as np

    rows = sorted({i for i, _ in pairs})
    cols = sorted({j for _, j in pairs})
    # a figure may stay unpaired: one "nobody" column per row, costing what a pair of no similarity costs,
    # so that no figure is forced onto a poor counterpart to free a better one for another ("thousands" ->
    # "2,600" so that "2,662" takes "eight")
    cost = np.full((len(rows), len(cols) + len(rows)), 1e6)
    cost[:, len(cols) :] = 1.0
    for i, j in pairs:
        cost[rows.index(i), cols.index(j)] = 1.0 - scores[(i, j)]
    _, row_to_col, _ = lap.lapjv(cost, extend_cost=True)
    picked = ((rows[r], cols[c]) for r, c in enumerate(row_to_col) if 0 <= c < len(cols))
    return [ij for ij in picked if ij in scores]
