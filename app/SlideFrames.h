#pragma once

#include "diagram/DiagramRenderer.h"
#include "style/Theme.h"

#include <QImage>
#include <QList>
#include <QPointF>
#include <QSize>
#include <QString>
#include <optional>
#include <vector>

namespace colossus {

// The projector's slides kept as images. While a step is shown nothing on the slide moves but
// the presenter's pointer, yet the window repaints for every mouse move: the slide (view,
// title, caption band, footer, an open passage) is drawn once into an image and blitted, and
// only the pointer tools are drawn over it. The image is found by everything that changes its
// pixels (the Key); anything else is a new image, so a kept slide gives the pixels drawing it
// would (tested). Three slides are kept: the one shown and, drawn while the presenter talks,
// the steps before and after it, so that a step change starts with a blit.
class SlideFrames {
public:
    // The step and what the presenter changed on it: the free camera or chart zoom, an open
    // passage, the footer's hint (a typed step number, exploring). A step at rest has only
    // its index.
    struct State {
        int step = -1;
        std::optional<DiagramCamera> camera;
        qreal zoom = 1;
        QPointF pan;
        int passage = -1;
        QString passageId;
        bool passageIsFact = false;
        QString typedNumber;
        bool exploring = false;

        bool operator==(const State &) const = default;
        static State rest(int step) {
            State state;
            state.step = step;
            return state;
        }
        bool atRest() const { return *this == rest(step); }
    };
    // The image a slide is drawn into, as the screen's.
    struct Target {
        QSize pixels;
        qreal devicePixelRatio = 1;
        QImage::Format format = QImage::Format_Invalid;

        bool operator==(const Target &) const = default;
    };
    struct Key {
        State state;
        Target target;
        Theme theme;
        QString language; // interface, content and number languages

        bool operator==(const Key &) const = default;
    };
    struct Slide {
        QImage image;          // opaque, at the device's pixels and pixel ratio
        QList<LinkZone> zones; // the diagram's linked parts, as painting it found them
    };

    // The kept slide for a key (now the most recently used one), or nullptr.
    const Slide *find(const Key &key);
    // Keeps a slide (the oldest goes); returns the kept copy.
    const Slide &keep(const Key &key, Slide slide);
    void clear() { m_entries.clear(); }
    int size() const { return int(m_entries.size()); }

private:
    static constexpr std::size_t capacity = 3;
    struct Entry {
        Key key;
        Slide slide;
    };
    std::vector<Entry> m_entries; // the most recently used last
};

} // namespace colossus
