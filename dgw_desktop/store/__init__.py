"""The ``.dgw`` file: schema, migrations, queries. No Qt."""
