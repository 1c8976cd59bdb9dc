// Deletes every node and relationship (the eval's fresh graph).
MATCH (n) DETACH DELETE n
