#include "SlideFrames.h"

#include <algorithm>

namespace colossus {

const SlideFrames::Slide *SlideFrames::find(const Key &key) {
    const auto it = std::find_if(m_entries.begin(), m_entries.end(),
                                 [&](const Entry &e) { return e.key == key; });
    if (it == m_entries.end())
        return nullptr;
    std::rotate(it, it + 1, m_entries.end()); // now the most recently used
    return &m_entries.back().slide;
}

const SlideFrames::Slide &SlideFrames::keep(const Key &key, Slide slide) {
    const auto it = std::find_if(m_entries.begin(), m_entries.end(),
                                 [&](const Entry &e) { return e.key == key; });
    if (it != m_entries.end())
        m_entries.erase(it);
    if (m_entries.size() >= capacity)
        m_entries.erase(m_entries.begin());
    m_entries.push_back({key, std::move(slide)});
    return m_entries.back().slide;
}

} // namespace colossus
