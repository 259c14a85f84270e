// Every meeting: the candidates for a name typed in part that has no rarer word to narrow them.
MATCH (m:Meeting)
RETURN m.id AS id
