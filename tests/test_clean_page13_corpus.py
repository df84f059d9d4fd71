"""clean/corpus head keys (session 13, fields6's request): a bracketed label opening a line ('[Title] ...',
'【标题】...') counts as the line's head, as 'Title: ...' and '**Title:** ...' do, so a field dump whose text comes first
and whose closing fields are bracketed finds its labels counted in the source's files."""

from newsdesk.clean.corpus import CorpusStats, head_key, labelled_values


def test_bracketed_label_is_a_head():
    assert head_key("[Title] Flood talks resume in Dhaka") is not None
    assert head_key("[Title] Flood talks resume in Dhaka") == head_key("Title: Flood talks resume in Dhaka")
    assert head_key("【标题】洪水谈判恢复") == head_key("标题：洪水谈判恢复")
    assert head_key("[Date & Time] 2024-05-03 10:00") is not None


def test_no_head_without_a_label():
    assert head_key("The talks resumed on Monday in Dhaka.") is None
    assert head_key("[1] A footnote about the talks") is None  # a digit is no label
    assert head_key("") is None


def test_bracketed_heads_are_counted_across_files():
    stats = CorpusStats()
    for i in range(3):
        stats.add("src", f"LONDON - Story {i} of the day.\n\n[Title] Headline {i}\n[Source] Example News\n")
    assert stats.head_count("src", "[Title] Another headline") == 3
    assert stats.head_count("src", "Title: Another headline") == 3  # the same head however it is written
    assert stats.head_count("src", "[Author] Jane Doe") == 0


def test_bracketed_label_gives_its_value():
    got = labelled_values(["[Title] Flood talks resume", "[Date & Time] 03/04/2019 2:07 PM"], 3)
    assert [(k, v.strip()) for k, v in got] == [("Title", "Flood talks resume"), ("Date & Time", "03/04/2019 2:07 PM")]
