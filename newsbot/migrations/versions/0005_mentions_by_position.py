"""mentions keyed by their version and their place in it

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-27 13:40:00

A mention's row id served nothing (no query or export reads it), yet on PostgreSQL each row drew
it from a sequence and added it to an index of its own, beside the index on the version id that
every query goes by. The key becomes (version_id, position), position being the mention's place
among its version's mentions as tagged, and that one index replaces both. Stored mentions get
their positions in their row id order.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
_COLUMNS = (
    "article_id",
    "entity_id",
    "part",
    "part_index",
    "start",
    "end",
    "text",
    "fine_label",
)


def _columns() -> list[sa.Column]:
    return [
        sa.Column("article_id", sa.String(length=40), nullable=False),
        sa.Column("entity_id", _ID, nullable=False),
        sa.Column("part", sa.String(length=10), nullable=False),
        sa.Column("part_index", sa.Integer(), nullable=False),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.Column("text", sa.String(length=300), nullable=False),
        sa.Column("fine_label", sa.String(length=20), nullable=True),
    ]


# The triggers of 0003 that read mentions, which SQLite will not let a table be renamed under.
_SQLITE_TRIGGERS = {
    "article_versions_delete_mentions": (
        "CREATE TRIGGER article_versions_delete_mentions AFTER DELETE ON article_versions BEGIN "
        "DELETE FROM mentions WHERE version_id = old.id; END"
    ),
    "entities_keep_mentioned": (
        "CREATE TRIGGER entities_keep_mentioned BEFORE DELETE ON entities "
        "WHEN EXISTS (SELECT 1 FROM mentions WHERE entity_id = old.id) BEGIN "
        "SELECT RAISE(ABORT, 'FOREIGN KEY constraint failed'); END"
    ),
}


def _rebuild_sqlite(key: list[sa.Column], constraint: sa.PrimaryKeyConstraint, select: str) -> None:
    """SQLite cannot change a table's key: the table is made again, rows copied over."""
    names = ", ".join(f'"{c.name}"' for c in key) + ", " + ", ".join(f'"{c}"' for c in _COLUMNS)
    for trigger in _SQLITE_TRIGGERS:
        op.execute(f"DROP TRIGGER {trigger}")
    op.drop_index("ix_mentions_entity_part", table_name="mentions")
    op.create_table("_new_mentions", *key, *_columns(), constraint)
    op.execute(f'INSERT INTO "_new_mentions" ({names}) {select}')
    op.drop_table("mentions")
    op.rename_table("_new_mentions", "mentions")
    op.create_index("ix_mentions_entity_part", "mentions", ["entity_id", "part"])
    for statement in _SQLITE_TRIGGERS.values():
        op.execute(statement)


def upgrade() -> None:
    others = ", ".join(f'"{c}"' for c in _COLUMNS)
    if op.get_bind().dialect.name == "sqlite":
        op.drop_index("ix_mentions_version_id", table_name="mentions")
        _rebuild_sqlite(
            [
                sa.Column("version_id", _ID, nullable=False),
                sa.Column("position", sa.Integer(), nullable=False),
            ],
            sa.PrimaryKeyConstraint("version_id", "position", name="pk_mentions"),
            "SELECT version_id, row_number() OVER (PARTITION BY version_id ORDER BY id) - 1, "
            f"{others} FROM mentions",
        )
        return
    op.add_column("mentions", sa.Column("position", sa.Integer(), nullable=True))
    op.execute(
        "UPDATE mentions SET position = numbered.position FROM (SELECT id, row_number() OVER "
        "(PARTITION BY version_id ORDER BY id) - 1 AS position FROM mentions) AS numbered "
        "WHERE numbered.id = mentions.id"
    )
    op.alter_column("mentions", "position", nullable=False)
    key = sa.inspect(op.get_bind()).get_pk_constraint("mentions")["name"]
    op.drop_constraint(key, "mentions", type_="primary")
    op.drop_column("mentions", "id")
    op.create_primary_key("pk_mentions", "mentions", ["version_id", "position"])
    op.drop_index("ix_mentions_version_id", table_name="mentions")


def downgrade() -> None:
    others = ", ".join(f'"{c}"' for c in _COLUMNS)
    if op.get_bind().dialect.name == "sqlite":
        _rebuild_sqlite(
            [
                sa.Column("id", _ID, nullable=False),
                sa.Column("version_id", _ID, nullable=False),
            ],
            sa.PrimaryKeyConstraint("id"),
            f"SELECT NULL, version_id, {others} FROM mentions ORDER BY version_id, position",
        )
        op.create_index("ix_mentions_version_id", "mentions", ["version_id"])
        return
    op.create_index("ix_mentions_version_id", "mentions", ["version_id"])
    op.drop_constraint("pk_mentions", "mentions", type_="primary")
    op.execute("ALTER TABLE mentions ADD COLUMN id BIGSERIAL PRIMARY KEY")
    op.drop_column("mentions", "position")
