#pragma once

#include "export/Picture.h"
#include "tour/Tour.h"

#include <QRectF>
#include <QString>

class QPainter;

namespace colossus {

class Catalogue;

// The tour as one PDF handout: a page per step with the slide as vector graphics (painted by
// TourStepPicture, the presentation's own painter), its caption, every cited passage in its
// original language with our translation, and the reports it rests on, listed by headline.
// Text stays text (fonts embedded), so Japanese and Chinese passages can be searched and
// copied. The file is written through QSaveFile: a failure leaves no partial file.
namespace TourHandout {

// A4 portrait at 96 units per inch, the units the painters use.
inline constexpr QSizeF pageSize{793.7, 1122.5};

// Paints one step's page into `page` (logical units).
void paintPage(QPainter &painter, const QRectF &page, const Catalogue &catalogue, const Tour &tour,
               int index, const PaintOptions &options);

// Writes the handout; empty on success, otherwise a message naming the file.
QString write(const Catalogue &catalogue, const Tour &tour, const QString &fileName,
              const PaintOptions &options);

} // namespace TourHandout
} // namespace colossus
