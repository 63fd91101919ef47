"""mentions and story_bands keys checked by the writer, deletes still carried over by triggers

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-27 13:20:00

The foreign keys of mentions (to their version and entity) and of story_bands (to their
article) go. The database checked them row by row, two index look-ups for each of the ~45
mentions of an article and one for each of its 20 bands: on PostgreSQL a trigger call and a
query each, half of the server's time for a batch. The writer only ever writes these rows with
ids it has just read back or created in the same transaction, so the checks never refuse one.

What the keys did on delete is kept by triggers that cost nothing on insert: deleting a version
deletes its mentions, deleting an article deletes its bands (as ON DELETE CASCADE did), and
deleting an entity that is still mentioned is refused (as the plain foreign key did).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")

_PG_DELETE = """CREATE FUNCTION {function}() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE format('DELETE FROM %I.{child} WHERE {key} IN (SELECT id FROM gone)', TG_TABLE_SCHEMA);
    RETURN NULL;
END $$"""

_PG_KEEP_MENTIONED = """CREATE FUNCTION newsbot_keep_mentioned_entities() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    mentioned boolean;
BEGIN
    EXECUTE format('SELECT EXISTS (SELECT 1 FROM %I.mentions m JOIN gone g ON m.entity_id = g.id)',
                   TG_TABLE_SCHEMA) INTO mentioned;
    IF mentioned THEN
        RAISE foreign_key_violation USING MESSAGE = 'entity is still mentioned';
    END IF;
    RETURN NULL;
END $$"""

_PG_TRIGGER = (
    "CREATE TRIGGER {trigger} AFTER DELETE ON {table} REFERENCING OLD TABLE AS gone "
    "FOR EACH STATEMENT EXECUTE FUNCTION {function}()"
)

_PG_TRIGGERS = (
    _PG_DELETE.format(
        function="newsbot_delete_version_mentions", child="mentions", key="version_id"
    ),
    _PG_DELETE.format(
        function="newsbot_delete_article_bands", child="story_bands", key="article_id"
    ),
    _PG_KEEP_MENTIONED,
)

_SQLITE_TRIGGERS = (
    "CREATE TRIGGER article_versions_delete_mentions AFTER DELETE ON article_versions BEGIN "
    "DELETE FROM mentions WHERE version_id = old.id; END",
    "CREATE TRIGGER articles_delete_bands AFTER DELETE ON articles BEGIN "
    "DELETE FROM story_bands WHERE article_id = old.id; END",
    "CREATE TRIGGER entities_keep_mentioned BEFORE DELETE ON entities "
    "WHEN EXISTS (SELECT 1 FROM mentions WHERE entity_id = old.id) BEGIN "
    "SELECT RAISE(ABORT, 'FOREIGN KEY constraint failed'); END",
)

_TRIGGERS = (
    ("article_versions_delete_mentions", "article_versions", "newsbot_delete_version_mentions"),
    ("articles_delete_bands", "articles", "newsbot_delete_article_bands"),
    ("entities_keep_mentioned", "entities", "newsbot_keep_mentioned_entities"),
)


def _mention_columns() -> list[sa.Column]:
    return [
        sa.Column("id", _ID, nullable=False),
        sa.Column("version_id", _ID, nullable=False),
        sa.Column("article_id", sa.String(length=40), nullable=False),
        sa.Column("entity_id", _ID, nullable=False),
        sa.Column("part", sa.String(length=10), nullable=False),
        sa.Column("part_index", sa.Integer(), nullable=False),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.Column("text", sa.String(length=300), nullable=False),
        sa.Column("fine_label", sa.String(length=20), nullable=True),
    ]


def _band_columns() -> list[sa.Column]:
    return [
        sa.Column("band", sa.BigInteger(), nullable=False),
        sa.Column("article_id", sa.String(length=40), nullable=False),
    ]


def _rebuild_sqlite(name: str, columns: list[sa.Column], *extra: object, **options: object) -> None:
    """SQLite cannot drop a constraint: the table is made again without it, rows copied over."""
    names = ", ".join(f'"{c.name}"' for c in columns)
    op.create_table(f"_new_{name}", *columns, *extra, **options)
    op.execute(f'INSERT INTO "_new_{name}" ({names}) SELECT {names} FROM "{name}"')
    op.drop_table(name)
    op.rename_table(f"_new_{name}", name)


def _drop_foreign_keys(table: str) -> None:
    for key in sa.inspect(op.get_bind()).get_foreign_keys(table):
        op.drop_constraint(key["name"], table, type_="foreignkey")


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        _rebuild_sqlite("mentions", _mention_columns(), sa.PrimaryKeyConstraint("id"))
        op.create_index("ix_mentions_entity_part", "mentions", ["entity_id", "part"])
        op.create_index("ix_mentions_version_id", "mentions", ["version_id"])
        _rebuild_sqlite(
            "story_bands",
            _band_columns(),
            sa.PrimaryKeyConstraint("band", "article_id", name="pk_story_bands"),
            sqlite_with_rowid=False,
        )
        for statement in _SQLITE_TRIGGERS:
            op.execute(statement)
        return
    _drop_foreign_keys("mentions")
    _drop_foreign_keys("story_bands")
    for statement in _PG_TRIGGERS:
        op.execute(statement)
    for trigger, table, function in _TRIGGERS:
        op.execute(_PG_TRIGGER.format(trigger=trigger, table=table, function=function))


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    for trigger, table, function in _TRIGGERS:
        op.execute(
            f"DROP TRIGGER IF EXISTS {trigger}" + ("" if dialect == "sqlite" else f" ON {table}")
        )
        if dialect != "sqlite":
            op.execute(f"DROP FUNCTION IF EXISTS {function}()")
    if dialect == "sqlite":
        _rebuild_sqlite(
            "mentions",
            _mention_columns(),
            sa.PrimaryKeyConstraint("id"),
            sa.ForeignKeyConstraint(["entity_id"], ["entities.id"]),
            sa.ForeignKeyConstraint(["version_id"], ["article_versions.id"], ondelete="CASCADE"),
        )
        op.create_index("ix_mentions_entity_part", "mentions", ["entity_id", "part"])
        op.create_index("ix_mentions_version_id", "mentions", ["version_id"])
        _rebuild_sqlite(
            "story_bands",
            _band_columns(),
            sa.PrimaryKeyConstraint("band", "article_id", name="pk_story_bands"),
            sa.ForeignKeyConstraint(["article_id"], ["articles.id"], ondelete="CASCADE"),
            sqlite_with_rowid=False,
        )
        return
    op.create_foreign_key(None, "mentions", "entities", ["entity_id"], ["id"])
    op.create_foreign_key(
        None, "mentions", "article_versions", ["version_id"], ["id"], ondelete="CASCADE"
    )
    op.create_foreign_key(
        None, "story_bands", "articles", ["article_id"], ["id"], ondelete="CASCADE"
    )
