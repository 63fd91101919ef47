"""integer band keys, story_bands keyed by band; mentions found through their version

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26 10:00:00

Band keys become 64-bit integers (the band number in the top byte), and every stored band is
computed again from the stored text, so a database written with an earlier band format finds
edited copies of its stories as a new one does. The mentions' article index goes: queries
reach a mention's article through its version, whose index they already use.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql, sqlite

from newsbot.parsing.similarity import minhash_bands

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

_BATCH = 500


def _recompute_bands() -> None:
    """Bands of every version of the stories without a URL (the only ones that use them)."""
    connection = op.get_bind()
    insert = postgresql.insert if connection.dialect.name == "postgresql" else sqlite.insert
    versions = sa.table(
        "article_versions",
        sa.column("id", sa.Integer),
        sa.column("article_id", sa.String),
        sa.column("title", sa.Text),
        sa.column("body", sa.Text),
        sa.column("minhash_bands", sa.JSON),
    )
    articles = sa.table("articles", sa.column("id", sa.String), sa.column("url", sa.Text))
    bands_table = sa.table(
        "story_bands", sa.column("band", sa.BigInteger), sa.column("article_id", sa.String)
    )
    rows = connection.execute(
        sa.select(versions.c.id, versions.c.article_id, versions.c.title, versions.c.body)
        .join(articles, articles.c.id == versions.c.article_id)
        .where(articles.c.url.is_(None))
        .order_by(versions.c.id)
    ).all()
    for start in range(0, len(rows), _BATCH):
        owned: set[tuple[int, str]] = set()
        updates = []
        for version_id, article_id, title, body in rows[start : start + _BATCH]:
            bands = minhash_bands(body or title or "")
            owned.update((band, article_id) for band in bands)
            updates.append({"version_id": version_id, "bands": bands})
        connection.execute(
            versions.update()
            .where(versions.c.id == sa.bindparam("version_id"))
            .values(minhash_bands=sa.bindparam("bands")),
            updates,
        )
        if owned:
            connection.execute(
                insert(bands_table).on_conflict_do_nothing(),
                [{"band": band, "article_id": article_id} for band, article_id in sorted(owned)],
            )


def upgrade() -> None:
    op.drop_table("story_bands")
    op.create_table(
        "story_bands",
        sa.Column("band", sa.BigInteger(), nullable=False),
        sa.Column("article_id", sa.String(length=40), nullable=False),
        sa.ForeignKeyConstraint(["article_id"], ["articles.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("band", "article_id", name="pk_story_bands"),
        sqlite_with_rowid=False,
    )
    _recompute_bands()
    with op.batch_alter_table("mentions", schema=None) as batch_op:
        batch_op.drop_index("ix_mentions_article_id")


def downgrade() -> None:
    with op.batch_alter_table("mentions", schema=None) as batch_op:
        batch_op.create_index("ix_mentions_article_id", ["article_id"], unique=False)
    op.drop_table("story_bands")
    op.create_table(
        "story_bands",
        sa.Column("article_id", sa.String(length=40), nullable=False),
        sa.Column("band", sa.String(length=24), nullable=False),
        sa.ForeignKeyConstraint(["article_id"], ["articles.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("article_id", "band"),
    )
    with op.batch_alter_table("story_bands", schema=None) as batch_op:
        batch_op.create_index("ix_story_bands_band", ["band"], unique=False)
    # Bands of the earlier format are not written back: the earlier code finds none, so
    # edited copies become new stories until they are read again.
