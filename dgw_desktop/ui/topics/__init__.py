"""The parts of the Onderwerpen page: the topic editor, its wheel tab and item tables."""
