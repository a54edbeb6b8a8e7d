#pragma once

#include <QString>

namespace colossus {

class Catalogue;
struct Figure;

// The one mark a derived figure carries wherever its number is shown (table, charts, tiles,
// diagram labels and status line, tour captions, exports): "1,562.5 ƒ racks" reads as "we
// computed this", not "a report says this". "ƒ" (formula) is in every font the app uses,
// CJK ones included, and stays legible on a projector. The mark's tooltip and accessible
// text give the formula; the legend and the README explain the mark once.
namespace DerivedMark {

// "ƒ"
QString glyph();

// The text with the mark after it, joined by a no-break space so the two never part.
QString append(const QString &text);

// append() for a derived figure; the text unchanged for a reported one.
QString forFigure(const Figure &figure, const QString &text);

// The formula in numbers, as read aloud: "100,000 ÷ 64 = 1,562.5".
QString formula(const Catalogue &catalogue, const Figure &figure);

// For screen readers, in place of the glyph: "derived: 100,000 ÷ 64 = 1,562.5".
QString accessibleText(const Catalogue &catalogue, const Figure &figure);

// A shown text as a screen reader should say it: the glyph dropped, and for a derived
// figure accessibleText() after it ("1,562.5 racks, derived: 100,000 ÷ 64 = 1,562.5").
QString spoken(const Catalogue &catalogue, const Figure &figure, const QString &shown);

// The legend's one-line explanation: "ƒ derived: computed from reported figures…".
QString legend();

// Rich-text tooltip of a derived figure: its value with the mark, the formula over the
// inputs' names and numbers, and every input with its document and passage (inputs that
// are derived themselves list theirs in turn).
QString toolTip(const Catalogue &catalogue, const Figure &figure);

// The figures' list for such a tooltip: "<ul><li><b>label</b>: value — document<br>“passage”
// <br><i>our translation</i></li>…</ul>"; unknown ids are left out.
QString inputsHtml(const Catalogue &catalogue, const QStringList &figureIds);

} // namespace DerivedMark
} // namespace colossus
