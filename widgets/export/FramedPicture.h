#pragma once

#include "export/Picture.h"

namespace colossus {

class Catalogue;

// The frame every exported picture carries: a title band at the top, the content, and a
// footer naming the source documents (language, title), so a figure pasted into a slide
// keeps its citations.
namespace FramedPicture {

// The rectangle left for the content once title and footer are laid out on page.
QRectF contentArea(const QRectF &page, const Picture &picture, const Catalogue &catalogue);

// The footer text, for example "Sources: 002_67189e2a346dc53a.txt (Chinese, 2024-12-06) ...".
QString citationLine(const Picture &picture, const Catalogue &catalogue);

void paint(QPainter &painter, const QRectF &page, const Picture &picture,
           const Catalogue &catalogue, const PaintOptions &options);

} // namespace FramedPicture
} // namespace colossus
