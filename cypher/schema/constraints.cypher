// The names of every constraint.
SHOW CONSTRAINTS YIELD name
