// Any node at all, documents included: restore needs an empty store.
MATCH (n)
RETURN n.id AS id
LIMIT 1
