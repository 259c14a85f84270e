// The cities meetings were held in, as stored.
MATCH (m:Meeting) WHERE m.city IS NOT NULL
RETURN DISTINCT m.city AS city
