from strategy_site.translation_status.readable_diff import plain_text, word_diff


def test_block_markup_and_attributes_are_not_shown():
    html = (
        '<div data-block="heading" data-level="&quot;h2&quot;">'
        '<div data-field="text">Doelstellingen</div></div>'
        '<div data-block="paragraph"><p>Brussel <b>groeit</b> snel.</p></div>'
    )

    assert plain_text(html) == "Doelstellingen\nBrussel groeit snel."


def test_only_the_changed_words_are_marked():
    old, new = word_diff("<p>Brussel groeit snel.</p>", "<p>Brussel groeit heel snel.</p>")

    assert old == "<p>Brussel groeit snel.</p>"
    assert new == "<p>Brussel groeit <ins>heel </ins>snel.</p>"


def test_a_removed_word_is_struck_on_the_old_side_and_text_is_escaped():
    old, new = word_diff("<p>A &amp; B <i>en</i> C</p>", "<p>A &amp; B</p>")

    assert old == "<p>A &amp; B<del> en C</del></p>"
    assert new == "<p>A &amp; B</p>"


def test_a_change_across_paragraphs_never_spans_a_paragraph_break():
    old, new = word_diff("<p>Een</p><p>Twee</p>", "<p>Drie</p>")

    assert old == "<p><del>Een</del></p><p><del>Twee</del></p>"
    assert new == "<p><ins>Drie</ins></p>"


def test_several_changed_words_in_a_row_are_one_highlight():
    old, new = word_diff("<p>Het oude plan.</p>", "<p>Een volledig nieuw plan.</p>")

    assert old == "<p><del>Het oude</del> plan.</p>"
    assert new == "<p><ins>Een volledig nieuw</ins> plan.</p>"
