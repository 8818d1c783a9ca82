"""The tabs of the Budget page: lines and rates, hours asked, cost sharing, funding."""
