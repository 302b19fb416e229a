"""The myths page collects the case notebooks' tagged cells (course/myths.py), without a build."""

import nbformat

from course import myths


def _notebook(*cells):
    nb = nbformat.v4.new_notebook()
    nb.cells = list(cells)
    return nb


def _tagged(text):
    return nbformat.v4.new_markdown_cell(text, metadata={"tags": ["myths"]})


def test_tagged_cells_are_appended_under_their_week_in_plan_order():
    box = "## What popular accounts get wrong\n\n**Myth:** A.\n**Fact:** B.\n\n### Detail\nC."
    w10 = _notebook(nbformat.v4.new_markdown_cell("## Not a myth cell"), _tagged(box))
    w11 = _notebook(_tagged("## What popular accounts get wrong\n\n**Myth:** D."))
    plain = _notebook(nbformat.v4.new_markdown_cell("**Myth:** untagged"))
    text = myths.page("# Myths\n\nHand-written.\n", [
        ("w10_x", "Case X", w10), ("w05_y", "Week Y", plain), ("w11_z", "Case Z", w11)
    ])  # fmt: skip
    assert text.startswith("# Myths\n\nHand-written.")
    assert text.index("## Case X") < text.index("**Myth:** A.") < text.index("## Case Z")
    assert "(notebooks/w10_x.ipynb)" in text and "Week Y" not in text and "untagged" not in text
    assert "\n### Detail" in text  # inner headings keep their level under the week's "##"
    assert "What popular accounts get wrong" not in text  # the cell's own title is dropped
    assert "Not a myth cell" not in text


def test_without_tagged_cells_the_page_is_the_hand_written_text():
    assert myths.page("# Myths\n", [("w01", "W", _notebook())]) == "# Myths\n"
