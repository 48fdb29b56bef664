#pragma once

#include <utility>
#include <variant>

namespace Qddns {

/// \brief Tag holding an error for Expected, like std::unexpected (C++23).
template<typename E>
struct Unexpected
{
    // A constructor rather than an aggregate: clang 14 has no parenthesised aggregate initialisation.
    explicit Unexpected(E e) : error(std::move(e)) {}
    E error;
};
template<typename E>
Unexpected(E) -> Unexpected<E>;

/// \brief A value or an error: the small result type used where C++20 has no std::expected.
template<typename T, typename E>
class Expected
{
public:
    Expected(T value) : m_data(std::in_place_index<0>, std::move(value)) {}
    // Any Unexpected<U> with U convertible to E, so that string builders and literals work.
    template<typename U>
    Expected(Unexpected<U> error) : m_data(std::in_place_index<1>, E(std::move(error.error)))
    {
    }

    bool hasValue() const { return m_data.index() == 0; }
    explicit operator bool() const { return hasValue(); }

    T &value() & { return std::get<0>(m_data); }
    const T &value() const & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }

    const E &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, E> m_data;
};

} // namespace Qddns
