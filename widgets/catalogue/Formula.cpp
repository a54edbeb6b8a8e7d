#include "catalogue/Formula.h"

#include <cmath>

namespace colossus {
namespace {

bool isIdentifierStart(QChar c) {
    return c.isLetter() || c == u'_';
}
bool isIdentifierPart(QChar c) {
    return c.isLetterOrNumber() || c == u'_';
}

// Recursive descent over: expression = term {(+|-) term}; term = factor {(*|/) factor};
// factor = number | identifier | (expression) | -factor.
class Parser {
public:
    Parser(const QString &text, const std::function<std::optional<double>(const QString &)> &lookup)
        : m_text(text)
        , m_lookup(lookup) {}

    Formula::Result run() {
        if (m_text.size() > Formula::maximumLength)
            return {std::nullopt, QStringLiteral("the formula is %1 characters long; at most %2 "
                                                 "are allowed")
                                      .arg(m_text.size())
                                      .arg(Formula::maximumLength)};
        const std::optional<double> value = expression();
        skipSpace();
        if (m_error.isEmpty() && m_pos < m_text.size())
            fail(
                QStringLiteral("unexpected '%1' at position %2").arg(m_text[m_pos]).arg(m_pos + 1));
        if (!m_error.isEmpty())
            return {std::nullopt, m_error};
        if (!value || !std::isfinite(*value))
            return {std::nullopt, QStringLiteral("the result is not a finite number")};
        return {value, {}};
    }

private:
    void skipSpace() {
        while (m_pos < m_text.size() && m_text[m_pos].isSpace())
            ++m_pos;
    }

    bool accept(QChar c) {
        skipSpace();
        if (m_pos < m_text.size() && m_text[m_pos] == c) {
            ++m_pos;
            return true;
        }
        return false;
    }

    std::optional<double> fail(const QString &message) {
        if (m_error.isEmpty())
            m_error = message;
        return std::nullopt;
    }

    std::optional<double> expression() {
        std::optional<double> left = term();
        while (left) {
            if (accept(u'+')) {
                const auto right = term();
                left = right ? std::optional(*left + *right) : std::nullopt;
            } else if (accept(u'-')) {
                const auto right = term();
                left = right ? std::optional(*left - *right) : std::nullopt;
            } else {
                break;
            }
        }
        return left;
    }

    std::optional<double> term() {
        std::optional<double> left = factor();
        while (left) {
            if (accept(u'*')) {
                const auto right = factor();
                left = right ? std::optional(*left * *right) : std::nullopt;
            } else if (accept(u'/')) {
                const auto right = factor();
                if (right && *right == 0.0)
                    return fail(QStringLiteral("division by zero"));
                left = right ? std::optional(*left / *right) : std::nullopt;
            } else {
                break;
            }
        }
        return left;
    }

    // Counts the nesting of the recursion below, so a hostile formula cannot exhaust the stack.
    class Nested {
    public:
        explicit Nested(int &depth)
            : m_depth(++depth) {}
        ~Nested() { --m_depth; }
        bool tooDeep() const { return m_depth > Formula::maximumDepth; }

    private:
        int &m_depth;
    };

    std::optional<double> factor() {
        skipSpace();
        if (m_pos >= m_text.size())
            return fail(QStringLiteral("the formula ends where a number or id was expected"));
        const Nested nested(m_depth);
        if (nested.tooDeep())
            return fail(QStringLiteral("nested more than %1 levels deep at position %2")
                            .arg(Formula::maximumDepth)
                            .arg(m_pos + 1));
        if (accept(u'-')) {
            const auto value = factor();
            return value ? std::optional(-*value) : std::nullopt;
        }
        if (accept(u'(')) {
            const auto value = expression();
            if (value && !accept(u')'))
                return fail(QStringLiteral("missing ')'"));
            return value;
        }
        const QChar c = m_text[m_pos];
        if (c.isDigit() || c == u'.') {
            const qsizetype start = m_pos;
            while (m_pos < m_text.size() && (m_text[m_pos].isDigit() || m_text[m_pos] == u'.'))
                ++m_pos;
            bool ok = false;
            const double value = m_text.sliced(start, m_pos - start).toDouble(&ok);
            if (!ok)
                return fail(QStringLiteral("bad number at position %1").arg(start + 1));
            return value;
        }
        if (isIdentifierStart(c)) {
            const qsizetype start = m_pos;
            while (m_pos < m_text.size() && isIdentifierPart(m_text[m_pos]))
                ++m_pos;
            const QString id = m_text.sliced(start, m_pos - start);
            const std::optional<double> value = m_lookup(id);
            if (!value)
                return fail(QStringLiteral("no value for '%1'").arg(id));
            return value;
        }
        return fail(QStringLiteral("unexpected '%1' at position %2").arg(c).arg(m_pos + 1));
    }

    const QString &m_text;
    const std::function<std::optional<double>(const QString &)> &m_lookup;
    qsizetype m_pos = 0;
    int m_depth = 0;
    QString m_error;
};

} // namespace

QStringList Formula::identifiers(const QString &text) {
    QStringList ids;
    qsizetype i = 0;
    while (i < text.size()) {
        if (isIdentifierStart(text[i])) {
            const qsizetype start = i;
            while (i < text.size() && isIdentifierPart(text[i]))
                ++i;
            const QString id = text.sliced(start, i - start);
            if (!ids.contains(id))
                ids.append(id);
        } else if (text[i].isDigit()) {
            while (i < text.size() && (text[i].isLetterOrNumber() || text[i] == u'.'))
                ++i; // a number such as 365.25 is not an id
        } else {
            ++i;
        }
    }
    return ids;
}

Formula::Result
Formula::evaluate(const QString &text,
                  const std::function<std::optional<double>(const QString &)> &lookup) {
    return Parser(text, lookup).run();
}

} // namespace colossus
