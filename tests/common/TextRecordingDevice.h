#pragma once

#include <QList>
#include <QPaintDevice>
#include <QPaintEngine>
#include <QPointF>
#include <QSize>
#include <QString>
#include <QTransform>
#include <cmath>

// A paint device that draws nothing and records every text painted on it: the string and the
// height of its font as it lands on the device, that is the QFont's pixel size times the
// painter's world transform's vertical scale (a label drawn at 18 px under a 1.5 magnification
// is 27 px on the slide). QPicture keeps the font but not the size after the transform, and a
// QImage keeps neither.
//
// The engine claims every feature, so QPainter hands it text as text (a QTextItem per run)
// instead of emulating a transform by turning glyphs into paths.
class TextRecordingDevice : public QPaintDevice {
public:
    struct Text {
        QString text;
        qreal pixelSize = 0; // on the device
        QPointF position;    // on the device, where the run starts
        QString family;      // the font's first family, the one asked for
    };

    explicit TextRecordingDevice(QSize size)
        : m_size(size) {}

    QPaintEngine *paintEngine() const override { return &m_engine; }
    const QList<Text> &texts() const { return m_engine.texts; }
    void clear() { m_engine.texts.clear(); }

protected:
    int metric(PaintDeviceMetric metric) const override {
        switch (metric) {
        case PdmWidth:
            return m_size.width();
        case PdmHeight:
            return m_size.height();
        case PdmWidthMM:
            return qRound(m_size.width() * 25.4 / dpi);
        case PdmHeightMM:
            return qRound(m_size.height() * 25.4 / dpi);
        case PdmNumColors:
            return 0x7fffffff;
        case PdmDepth:
            return 32;
        case PdmDpiX:
        case PdmDpiY:
        case PdmPhysicalDpiX:
        case PdmPhysicalDpiY:
            return dpi;
        case PdmDevicePixelRatio:
            return 1;
        case PdmDevicePixelRatioScaled:
            return int(devicePixelRatioFScale());
        }
        return 0;
    }

private:
    static constexpr int dpi = 96;

    class Engine : public QPaintEngine {
    public:
        Engine()
            : QPaintEngine(QPaintEngine::AllFeatures) {}

        QList<Text> texts;

        bool begin(QPaintDevice *) override {
            m_transform = QTransform();
            return true;
        }
        bool end() override { return true; }
        Type type() const override { return QPaintEngine::User; }
        void updateState(const QPaintEngineState &state) override {
            if (state.state() & QPaintEngine::DirtyTransform)
                m_transform = state.transform();
        }
        void drawTextItem(const QPointF &p, const QTextItem &item) override {
            const QFont font = item.font();
            const qreal size =
                font.pixelSize() > 0 ? font.pixelSize() : font.pointSizeF() * dpi / 72.0;
            // The length of the transformed vertical unit: the glyphs' height on the device,
            // also for rotated text.
            const qreal scale = std::hypot(m_transform.m21(), m_transform.m22());
            texts.append({item.text(), size * scale, m_transform.map(p),
                          font.families().value(0, font.family())});
        }
        // Nothing else is recorded.
        void drawPixmap(const QRectF &, const QPixmap &, const QRectF &) override {}
        void drawImage(const QRectF &, const QImage &, const QRectF &,
                       Qt::ImageConversionFlags) override {}
        void drawTiledPixmap(const QRectF &, const QPixmap &, const QPointF &) override {}
        void drawPath(const QPainterPath &) override {}
        void drawPolygon(const QPointF *, int, PolygonDrawMode) override {}
        void drawPolygon(const QPoint *, int, PolygonDrawMode) override {}
        void drawLines(const QLineF *, int) override {}
        void drawLines(const QLine *, int) override {}
        void drawRects(const QRectF *, int) override {}
        void drawRects(const QRect *, int) override {}
        void drawEllipse(const QRectF &) override {}
        void drawEllipse(const QRect &) override {}
        void drawPoints(const QPointF *, int) override {}
        void drawPoints(const QPoint *, int) override {}

    private:
        QTransform m_transform;
    };

    QSize m_size;
    mutable Engine m_engine;
};
