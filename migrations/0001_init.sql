CREATE TABLE _probe(x);
